package org.huddleboard.escalation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.access.Person;
import org.huddleboard.access.Role;
import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Tells the tier that holds an escalation, by e-mail, when it arrives urgent and when it becomes
 * overdue: the managers of its ward's CSU at tier 2, the executives at tier 3, each at the
 * address an admin gave them. Mail goes out after commit, off the request's thread; a mail that
 * fails is logged and never fails what caused it.
 *
 * <p>Mail is on when {@code huddle.mail.enabled} says so; left unset, it is on when the install
 * names its sender ({@code quarkus.mailer.from}, which a real SMTP server needs) or uses the mock
 * mailer. Without either nothing is sent. A mail holds only what the ward's wall screen shows.
 */
@ApplicationScoped
public class EscalationMail {

    private static final Logger LOG = Logger.getLogger(EscalationMail.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    @Inject
    ReactiveMailer mailer;
    @Inject
    TrustClock clock;
    @ConfigProperty(name = "huddle.mail.enabled")
    Optional<Boolean> enabled;
    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;
    @ConfigProperty(name = "quarkus.mailer.mock")
    Optional<Boolean> mock;
    /** The address people open Huddle Board at, for the link in each mail; optional. */
    @ConfigProperty(name = "huddle.mail.link")
    Optional<String> link;

    public boolean enabled() {
        return enabled.orElseGet(() -> from.isPresent() || mock.orElse(false));
    }

    void arrived(@Observes(during = TransactionPhase.AFTER_SUCCESS) EscalationArrived arrived) {
        EscalationView e = arrived.escalation();
        if (!enabled() || e.severity() != Severity.URGENT) {
            return;
        }
        // Off the request's thread: the caller has its answer whatever the mail server does.
        Infrastructure.getDefaultWorkerPool().execute(() -> send(e, "Urgent escalation"));
    }

    /** Mails an escalation that has just become overdue; called after its notice was committed. */
    void overdue(EscalationView e) {
        if (enabled()) {
            send(e, "Overdue escalation");
        }
    }

    private void send(EscalationView e, String what) {
        try {
            List<String> to = QuarkusTransaction.requiringNew().call(() -> recipients(e.csu(), e.tier()));
            String subject = what + " from " + e.wardName() + ": " + e.title();
            String body = body(e, what);
            for (String address : to) {
                mailer.send(Mail.withText(address, subject, body)).subscribe().with(
                        sent -> LOG.debugf("%s %d mailed to %s", what, e.id(), address),
                        failure -> LOG.warnf("%s %d could not be mailed to %s: %s", what, e.id(), address,
                                failure.getMessage()));
            }
        } catch (RuntimeException failure) {
            LOG.warnf(failure, "%s %d was not mailed", what, e.id());
        }
    }

    /** Who holds it now and has an address: the CSU's active managers at tier 2, the executives at tier 3. */
    static List<String> recipients(String csu, int tier) {
        List<Person> people = tier >= EscalationAction.TOP_TIER
                ? Person.list("role = ?1 and active = true and email is not null order by username", Role.EXECUTIVE)
                : Person.list("select distinct p from Person p join p.csus c where p.role = ?1 and p.active = true"
                        + " and p.email is not null and c.code = ?2 order by p.username", Role.MANAGER, csu);
        return people.stream().map(p -> p.email).toList();
    }

    /** Plain text; only what the wall screen shows (no names typed at the huddle, no timeline notes). */
    String body(EscalationView e, String what) {
        StringBuilder b = new StringBuilder();
        b.append(what).append(" from ").append(e.wardName()).append(" (").append(e.csuName()).append("), now with ")
                .append(e.tier() >= EscalationAction.TOP_TIER ? "the trust's executives (tier 3)" : "the CSU (tier 2)")
                .append(".\n\n");
        b.append(e.title()).append("\n\n").append(e.detail()).append("\n\n");
        b.append("Category: ").append(e.category().label).append('\n');
        b.append("Severity: ").append(e.severity().label).append('\n');
        b.append("State: ").append(e.state().label).append('\n');
        b.append("Raised: ").append(at(e.raisedAt())).append('\n');
        line(b, "Acknowledge by: ", e.acknowledgeBy());
        line(b, "Answer by: ", e.answerBy());
        line(b, "Resolve by: ", e.resolveBy());
        if (e.overdueReason() != null) {
            b.append("Overdue: ").append(e.overdueReason()).append('\n');
        }
        b.append('\n');
        String base = link.map(l -> l.endsWith("/") ? l.substring(0, l.length() - 1) : l).orElse(null);
        b.append(base == null ? "Answer it on Huddle Board's escalations page."
                : "Answer it on Huddle Board: " + base + "/escalations");
        b.append('\n');
        return b.toString();
    }

    private void line(StringBuilder b, String label, Instant at) {
        if (at != null) {
            b.append(label).append(at(at)).append('\n');
        }
    }

    private String at(Instant instant) {
        return WHEN.format(instant.atZone(clock.zone()));
    }
}
