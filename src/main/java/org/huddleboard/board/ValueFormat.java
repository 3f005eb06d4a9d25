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

    /** "incidents" to "incident", "falls" to "fall"; a unit that is not a plain plural stays ("staff", "new"). */
    public static String singular(String unit) {
        boolean plural = unit.length() > 2 && unit.endsWith("s") && !unit.endsWith("ss") && !unit.contains(" ");
        return plural ? unit.substring(0, unit.length() - 1) : unit;
    }
}
