package org.huddleboard.escalation;

/** How fast the receiving tier must answer; the targets of each are {@link ResponseTargets}. */
public enum Severity {
    URGENT("Urgent"),
    ROUTINE("Routine");

    public final String label;

    Severity(String label) {
        this.label = label;
    }
}
