package org.huddleboard.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Every minute (huddle.escalations.overdue-check), finds the escalations waiting on their tier
 * that have become overdue since they were last told of (never, or before the ward's latest
 * reopening), marks them told, and after that commit mails their tier ({@link EscalationMail}).
 * Runs only while mail is on.
 */
@ApplicationScoped
public class OverdueCheck {

    @Inject
    EscalationMail mail;
    @Inject
    ResponseTargets targets;
    @Inject
    TrustClock clock;

    @Scheduled(identity = "escalations-overdue", every = "${huddle.escalations.overdue-check}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (mail.enabled()) {
            check();
        }
    }

    /** Marks and mails the newly overdue; answers what it mailed. */
    public List<EscalationView> check() {
        List<EscalationView> noticed = QuarkusTransaction.requiringNew().call(this::markNewlyOverdue);
        noticed.forEach(mail::overdue);
        return noticed;
    }

    private List<EscalationView> markNewlyOverdue() {
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        List<Escalation> waiting = Escalation.list("select e from Escalation e join fetch e.ward w join fetch w.csu"
                + " where e.state in ?1 and (e.overdueNoticedAt is null or e.overdueNoticedAt < e.reopenedAt)"
                + " order by e.raisedAt, e.id", List.of(EscalationState.OPEN, EscalationState.ACKNOWLEDGED));
        List<EscalationView> noticed = new ArrayList<>();
        for (Escalation e : waiting) {
            if (!targets.overdue(e, now)) {
                continue;
            }
            // A bulk update: the escalation's version stays, so nobody's loaded copy goes stale over a mail.
            int marked = Escalation.update("overdueNoticedAt = ?1 where id = ?2 and (overdueNoticedAt is null"
                    + " or overdueNoticedAt < reopenedAt)", now, e.id);
            if (marked == 1) {
                noticed.add(EscalationView.of(e, targets, now));
            }
        }
        return noticed;
    }
}
