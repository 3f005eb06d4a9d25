package org.huddleboard.board;

import org.huddleboard.spc.Assurance;
import org.huddleboard.spc.Variation;
import org.huddleboard.spc.XmrChart;

import java.time.LocalDate;
import java.util.List;

import org.huddleboard.measure.Category;
import org.huddleboard.measure.Direction;
import org.huddleboard.measure.EntryView;
import org.huddleboard.measure.Kind;
import org.huddleboard.measure.Status;

/**
 * One measure on a board: today's value against target and the last 14 days. {@code minimum}
 * and {@code maximum} are the range of values the measure takes.
 */
public record MeasureTile(String key, String name, Category category, String unit, Kind kind, Direction direction,
        double target, double amberThreshold, double minimum, double maximum, EntryView today, Status status,
        List<DayValue> history, Spc spc) {

    /** The Making Data Count icons: variation from the latest point, assurance against the target. */
    public record Spc(Variation variation, Assurance assurance, boolean provisional) {

        public static Spc of(XmrChart chart) {
            return new Spc(chart.variation(), chart.assurance(), chart.provisional());
        }
    }

    public record DayValue(LocalDate date, Double value, Status status) {
    }

    public String todayText() {
        return today == null ? "–" : ValueFormat.format(kind, today.value());
    }

    public String targetText() {
        String comparison = direction == Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ";
        return kind == Kind.YES_NO ? "Target: " + ValueFormat.format(kind, target)
                : "Target " + comparison + ValueFormat.format(kind, target) + unitSuffix(target);
    }

    /** The target as the wall shows it, under today's value and its unit: "Target ≤ 2", "Target ≥ 95%". */
    public String wallTargetText() {
        String comparison = direction == Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ";
        return kind == Kind.YES_NO ? "Target: " + ValueFormat.format(kind, target)
                : "Target " + comparison + ValueFormat.format(kind, target);
    }

    /** The unit after today's value: "1 incident", "2 incidents". */
    public String unitSuffix() {
        return today == null ? unitSuffix(0) : unitSuffix(today.value());
    }

    private String unitSuffix(double value) {
        if (unit == null || unit.isBlank() || kind == Kind.PERCENTAGE) {
            return "";
        }
        return " " + (value == 1 ? ValueFormat.singular(unit.strip()) : unit.strip());
    }

    /** Who entered today's value, as they typed it on the tablet (initials); null if nobody said. */
    public String enteredBy() {
        return today == null || today.enteredBy() == null || today.enteredBy().isBlank() ? null
                : today.enteredBy().strip();
    }

    public boolean yesNo() {
        return kind == Kind.YES_NO;
    }

    /** Which on-screen keyboard a tablet opens for this measure. */
    public String inputMode() {
        return kind == Kind.COUNT ? "numeric" : "decimal";
    }

    /** Today's value as typed into a form: a plain number, no unit. */
    public String inputValue() {
        return today == null ? "" : ValueFormat.format(Kind.NUMBER, today.value());
    }

    /** Today's yes/no as the tablet's toggle shows it: "true", "false", or "" when none is stored. */
    public String yesNoValue() {
        return today == null ? "" : String.valueOf(today.value() >= 1);
    }

    /** The valid range as typed into a form: plain numbers, no unit. */
    public String minimumText() {
        return ValueFormat.format(Kind.NUMBER, minimum);
    }

    public String maximumText() {
        return ValueFormat.format(Kind.NUMBER, maximum);
    }

    public String unitLabel() {
        return kind == Kind.PERCENTAGE ? "%" : unit == null ? "" : unit.strip();
    }

    public Sparkline sparkline() {
        return Sparkline.of(history.stream().map(DayValue::value).toList(), target);
    }
}
