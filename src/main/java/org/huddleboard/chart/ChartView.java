package org.huddleboard.chart;

import java.time.LocalDate;
import java.util.List;

import org.huddleboard.measure.Direction;
import org.huddleboard.measure.Kind;
import org.huddleboard.spc.Assurance;
import org.huddleboard.spc.Rule;
import org.huddleboard.spc.Variation;

/**
 * A ward measure's Making Data Count chart as data: its segments with their limits, every point
 * with the rule it breaks, the ward's recorded process changes and the ideas implemented on it.
 */
public record ChartView(String ward, String wardName, String measure, String name, String unit, Kind kind,
        Direction direction, Double target, LocalDate from, LocalDate to, Variation variation,
        String variationWords, Assurance assurance, String assuranceWords, boolean provisional,
        List<SegmentView> segments, List<PointView> points, List<RebaseView> rebases, List<IdeaMark> ideas) {

    /** One segment: null limits with fewer than 2 points; provisional with fewer than 13. */
    public record SegmentView(LocalDate start, LocalDate end, int points, Double mean, Double meanMovingRange,
            Double lower, Double upper, Double lowerNear, Double upperNear, boolean provisional) {
    }

    /** One day's value; {@code rule} null for common cause. */
    public record PointView(LocalDate date, double value, int segment, Rule rule, Variation variation) {
    }

    public record IdeaMark(long id, LocalDate implementedOn, String title) {
    }
}
