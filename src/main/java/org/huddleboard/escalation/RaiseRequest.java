package org.huddleboard.escalation;

/** A new escalation from a ward. {@code enteredBy}: the name typed on a shared tablet, optional. */
public record RaiseRequest(String title, String detail, EscalationCategory category, Severity severity,
        String raisedBy, String enteredBy) {
}
