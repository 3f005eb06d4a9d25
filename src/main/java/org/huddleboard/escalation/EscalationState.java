package org.huddleboard.escalation;

import java.util.Locale;

/**
 * Where an escalation stands. Open and Acknowledged wait on the receiving tier; Resolved and
 * Handed back wait on the ward to read the answer and close it (or reopen it); Closed is done.
 */
public enum EscalationState {
    OPEN("Open"),
    ACKNOWLEDGED("Acknowledged"),
    RESOLVED("Resolved"),
    HANDED_BACK("Handed back"),
    CLOSED("Closed");

    public final String label;

    EscalationState(String label) {
        this.label = label;
    }

    /** Still with the receiving tier: the response targets run. */
    public boolean waitingOnTier() {
        return this == OPEN || this == ACKNOWLEDGED;
    }

    /** Answered and not yet closed by the ward: on its "You said, we did" strip. */
    public boolean answered() {
        return this == RESOLVED || this == HANDED_BACK;
    }

    public String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
