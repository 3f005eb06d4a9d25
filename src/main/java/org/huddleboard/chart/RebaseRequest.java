package org.huddleboard.chart;

/** A process change to record: its first day (ISO date, e.g. 2026-11-02) and what changed. */
public record RebaseRequest(String date, String reason) {
}
