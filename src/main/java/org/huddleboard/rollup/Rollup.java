package org.huddleboard.rollup;

import java.time.LocalDate;
import java.util.List;

import org.huddleboard.escalation.EscalationCategory;
import org.huddleboard.measure.Status;
import org.huddleboard.spc.Assurance;
import org.huddleboard.spc.Variation;

/**
 * Measures and improvement work rolled up over a scope (the trust, or one CSU): the heatmap of
 * wards × measures grouped by commitment, per commitment how many wards show improvement or
 * concern, and beside them idea flow, escalation themes and huddle compliance for the last
 * {@code days} days.
 */
public record Rollup(String scope, String csu, LocalDate today, int days, List<Group> groups, List<WardRow> wards,
        List<CommitmentCount> commitments, List<Theme> themes, Totals totals) {

    /**
     * The heatmap's columns as one string: a live row whose columns differ (a ward's measures or
     * links changed) cannot be swapped into the page's table, so the page reloads instead.
     */
    public String columnKey() {
        return columnKey(groups);
    }

    static String columnKey(List<Group> groups) {
        StringBuilder key = new StringBuilder();
        for (Group g : groups) {
            for (Column c : g.columns()) {
                key.append(c.commitment() == null ? "" : c.commitment()).append('/').append(c.measure()).append(' ');
            }
        }
        return key.toString().strip();
    }

    /** One ward's row for the live page, with the columns it was laid out for. */
    public record LiveRow(WardRow row, String columns) {
    }

    /** A commitment (null code: measures serving none) and its measure columns. */
    public record Group(String commitment, String title, List<Column> columns) {
    }

    public record Column(String commitment, String measure, String name) {
    }

    /** One ward: its cells in column order, today's missing values, and its improvement work. */
    public record WardRow(String ward, String name, String csu, String csuName, int measures, int notEnteredToday,
            List<Cell> cells, Flow flow) {
    }

    /**
     * A ward's measure in a column, or {@code onBoard} false when the ward does not keep it (or
     * not for that commitment). {@code status} is the latest value's, {@code latest} its day.
     */
    public record Cell(boolean onBoard, String measure, Status status, String value, LocalDate latest,
            boolean enteredToday, Variation variation, Assurance assurance) {

        static final Cell NONE = new Cell(false, null, null, null, null, false, null, null);
    }

    /** Ideas raised, implemented and adopted from other wards; huddle days held; escalations raised. */
    public record Flow(int raised, int implemented, int adopted, int daysHeld, int days, int huddleSharePercent,
            int escalations) {
    }

    /** Per commitment: ward measures serving it, and wards with at least one improving or concerning. */
    public record CommitmentCount(String commitment, String title, int wardMeasures, int wards, int wardsImproving,
            int wardsConcern, int wardsNoChange, int tooFewOrRare) {
    }

    public record Theme(EscalationCategory category, String label, int raised) {
    }

    public record Totals(int wards, int notEnteredToday, int ideasRaised, int ideasImplemented, int ideasAdopted,
            int huddleSharePercent, int escalations) {
    }
}
