package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.ward.Ward;

/** Builds a ward's {@link EscalationSummary} in one query, whatever the number of escalations. */
@ApplicationScoped
@Transactional
public class EscalationSummaries {

    private static final Comparator<EscalationSummary.Waiting> WORST_FIRST = Comparator
            .comparing((EscalationSummary.Waiting w) -> !w.overdue())
            .thenComparing(EscalationSummary.Waiting::severity)
            .thenComparing(EscalationSummary.Waiting::raisedAt)
            .thenComparing(EscalationSummary.Waiting::id);

    private static final Comparator<Escalation> LATEST_ANSWER_FIRST = Comparator
            .comparing((Escalation e) -> e.resolvedAt == null ? e.raisedAt : e.resolvedAt).reversed()
            .thenComparing(Comparator.comparingLong((Escalation e) -> e.id).reversed());

    @Inject
    ResponseTargets targets;

    public EscalationSummary summary(Ward ward, Instant now) {
        List<EscalationSummary.Waiting> waiting = new ArrayList<>();
        List<Escalation> answered = new ArrayList<>();
        Instant refreshAt = null;
        for (Escalation e : Escalation.notClosed(ward)) {
            if (e.state.waitingOnTier()) {
                String reason = targets.overdueReason(e, now);
                waiting.add(new EscalationSummary.Waiting(e.id, e.title, e.category, e.severity, e.tier,
                        tierText(e), e.ownerName, e.raisedAt, age(e.raisedAt, now), reason != null, reason));
                refreshAt = earliest(refreshAt, nextAgeChange(e.raisedAt, now));
                for (Instant due : new Instant[] { targets.acknowledgeBy(e), targets.answerBy(e),
                        targets.resolveBy(e) }) {
                    if (due != null && !due.isBefore(now)) {
                        refreshAt = earliest(refreshAt, due.plusSeconds(1));
                    }
                }
            } else if (e.state.answered()) {
                answered.add(e);
            }
        }
        waiting.sort(WORST_FIRST);
        answered.sort(LATEST_ANSWER_FIRST);
        int overdue = (int) waiting.stream().filter(EscalationSummary.Waiting::overdue).count();
        Long refreshIn = refreshAt == null ? null
                : Math.max(1, (Duration.between(now, refreshAt).toMillis() + 999) / 1000);
        return new EscalationSummary(overdue, waiting,
                answered.stream().map(e -> new EscalationSummary.Answered(e.id, e.title, e.state, e.answer,
                        e.answeredBy, e.resolvedAt)).toList(),
                refreshIn);
    }

    /** "Tier 2 · Medicine CSU" or "Tier 3 · Trust": who holds it now. */
    static String tierText(Escalation e) {
        return e.tier >= EscalationAction.TOP_TIER ? "Tier " + e.tier + " · Trust"
                : "Tier " + e.tier + " · " + e.ward.csu.name + " CSU";
    }

    /** Coarse on purpose: read from across the room, and changing at most once an hour. */
    static String age(Instant raisedAt, Instant now) {
        long hours = Math.max(0, Duration.between(raisedAt, now).toHours());
        if (hours < 1) {
            return "under 1 h";
        }
        if (hours < 48) {
            return hours + " h";
        }
        return hours / 24 + " days";
    }

    /** When {@link #age} next reads differently. */
    static Instant nextAgeChange(Instant raisedAt, Instant now) {
        long hours = Math.max(0, Duration.between(raisedAt, now).toHours());
        return hours < 48 ? raisedAt.plus(Duration.ofHours(hours + 1)) : raisedAt.plus(Duration.ofDays(hours / 24 + 1));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
