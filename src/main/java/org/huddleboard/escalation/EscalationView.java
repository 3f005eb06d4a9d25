package org.huddleboard.escalation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An escalation as the API and live messages show it. {@code overdue} and its reason are for the
 * trust clock's now. {@code allowedActions} is what the caller may do (the API); live messages,
 * shared by every viewer, leave it out.
 */
public record EscalationView(long id, String ward, String wardName, String csu, String csuName, String title,
        String detail, EscalationCategory category, Severity severity, String raisedBy, Instant raisedAt, int tier,
        EscalationState state, String owner, Instant acknowledgedAt, Instant answeredAt, String answer,
        String answeredBy, Instant resolvedAt, Instant reopenedAt, Instant closedAt, Instant acknowledgeBy,
        Instant answerBy, Instant resolveBy, boolean overdue, String overdueReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowedActions, int version) {

    public static EscalationView of(Escalation e, ResponseTargets targets, Instant now) {
        return new EscalationView(e.id, e.ward.code, e.ward.name, e.ward.csu.code, e.ward.csu.name, e.title,
                e.detail, e.category, e.severity, e.raisedBy, e.raisedAt, e.tier, e.state, e.ownerName,
                e.acknowledgedAt, e.answeredAt, e.answer, e.answeredBy, e.resolvedAt, e.reopenedAt, e.closedAt,
                targets.acknowledgeBy(e), targets.answerBy(e), targets.resolveBy(e), targets.overdue(e, now),
                targets.overdueReason(e, now), null, e.version);
    }

    /** The same, with what this caller may do. */
    public EscalationView withAllowed(List<String> actions) {
        return new EscalationView(id, ward, wardName, csu, csuName, title, detail, category, severity, raisedBy,
                raisedAt, tier, state, owner, acknowledgedAt, answeredAt, answer, answeredBy, resolvedAt, reopenedAt,
                closedAt, acknowledgeBy, answerBy, resolveBy, overdue, overdueReason, actions, version);
    }
}
