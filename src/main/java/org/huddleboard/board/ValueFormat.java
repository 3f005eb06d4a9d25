package org.huddleboard.board;

import java.math.BigDecimal;

import org.huddleboard.measure.Kind;

final class ValueFormat {

    private ValueFormat() {
    }

    static String format(Kind kind, double value) {
        if (kind == Kind.YES_NO) {
            return value >= 1 ? "Yes" : "No";
        }
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return kind == Kind.PERCENTAGE ? number + "%" : number;
    }
}
