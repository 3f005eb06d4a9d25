package org.huddleboard.spc;

import java.time.LocalDate;

/**
 * One point on the chart: the rule of highest precedence it breaks (null: common cause) and on
 * which side, +1 above the mean or rising, -1 below or falling.
 */
public record SpcPoint(LocalDate date, double value, int segment, Rule rule, int side, Variation variation) {

    public boolean special() {
        return rule != null;
    }
}
