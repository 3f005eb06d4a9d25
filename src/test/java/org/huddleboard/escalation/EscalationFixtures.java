package org.huddleboard.escalation;

import java.time.Instant;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.ward.Ward;

/** Escalations for tests, written straight to the database (no board version, no live message). */
@ApplicationScoped
public class EscalationFixtures {

    /** Waiting on {@code tier}; acknowledged by {@code owner} unless that is null. */
    @Transactional
    public long waiting(String ward, String title, Severity severity, Instant raisedAt, int tier, String owner) {
        Escalation e = newEscalation(ward, title, severity, raisedAt);
        e.tier = tier;
        if (owner != null) {
            e.state = EscalationState.ACKNOWLEDGED;
            e.ownerName = owner;
            e.acknowledgedAt = raisedAt.plusSeconds(600);
        }
        e.persist();
        return e.id;
    }

    /** Resolved, or handed back with guidance, at {@code answeredAt}. */
    @Transactional
    public long answered(String ward, String title, EscalationState state, String answer, Instant raisedAt,
            Instant answeredAt) {
        Escalation e = newEscalation(ward, title, Severity.ROUTINE, raisedAt);
        e.state = state;
        e.ownerName = "Demo CSU Manager";
        e.acknowledgedAt = answeredAt;
        e.answeredAt = answeredAt;
        e.resolvedAt = answeredAt;
        e.answer = answer;
        e.answeredBy = "Demo CSU Manager";
        e.persist();
        return e.id;
    }

    @Transactional
    public void close(long id, Instant at) {
        Escalation e = Escalation.findById(id);
        e.state = EscalationState.CLOSED;
        e.closedAt = at;
    }

    @Transactional
    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            EscalationEvent.delete("escalation.id in ?1", ids);
            Escalation.delete("id in ?1", ids);
        }
    }

    private static Escalation newEscalation(String ward, String title, Severity severity, Instant raisedAt) {
        Escalation e = new Escalation();
        e.ward = Ward.findByCode(ward).orElseThrow();
        e.title = title;
        e.detail = "Raised at the huddle";
        e.category = EscalationCategory.EQUIPMENT;
        e.severity = severity;
        e.raisedBy = "Sister";
        e.raisedAt = raisedAt;
        e.tier = 2;
        e.state = EscalationState.OPEN;
        return e;
    }
}
