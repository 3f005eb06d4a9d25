package org.huddleboard.board;

import java.math.BigDecimal;

import org.huddleboard.measure.Kind;

public final class ValueFormat {

    private ValueFormat() {
    }

    public static String format(Kind kind, double value) {
        if (kind == Kind.YES_NO) {
            return value >= 1 ? "Yes" : "No";
        }
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return kind == Kind.PERCENTAGE ? number + "%" : number;
    }
}
