package org.huddleboard.escalation;

import java.time.Instant;

/** One step of an escalation's timeline, as the API shows it. */
public record TimelineLine(String action, Instant at, String by, String typedName, Side side, String note, int tier,
        EscalationState state) {

    static TimelineLine of(EscalationEvent e) {
        return new TimelineLine(e.action, e.occurredAt, e.actorName, e.typedName, e.side, e.note, e.tier, e.state);
    }
}
