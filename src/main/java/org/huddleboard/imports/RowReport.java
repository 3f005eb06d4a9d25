package org.huddleboard.imports;

/**
 * One row of a dry run: its line in the file, what would happen, what it is about ("ward-12 falls
 * 2026-03-02") and, for a change, what changes or, for a reject, why ("value: 120 must be a percentage
 * from 0 to 100; note: ...").
 */
public record RowReport(long line, Outcome outcome, String subject, String detail) {

    /** The outcome in lower case, for the page. */
    public String outcomeCode() {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
