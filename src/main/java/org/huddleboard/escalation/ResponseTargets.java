package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.common.TrustClock;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How fast the receiving tier must acknowledge, answer and resolve, per severity. Each target is
 * a duration from raising ({@code PT2H}), {@code next-huddle} (the ward's own huddle time, else
 * the trust's, on the day after it was raised), or {@code none}. The resolve target restarts when
 * the ward reopens.
 *
 * <p>An admin's targets ({@link ResponseTarget} rows) win over the configured ones. They are held
 * in memory, read once and replaced when a change commits: on this node only, so a second node
 * behind a load balancer keeps the old targets until it restarts.
 */
@ApplicationScoped
public class ResponseTargets {

    /** One target: a fixed time, the next day's huddle, or nothing. */
    public record Target(Duration within, boolean nextHuddle) {

        static final Target NONE = new Target(null, false);

        /** Refuses anything but a positive duration, next-huddle or none, naming {@code key}. */
        static Target parse(String key, String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("none")) {
                return NONE;
            }
            if (t.equals("next-huddle")) {
                return new Target(null, true);
            }
            try {
                Duration within = Duration.parse(text.strip());
                if (within.isNegative() || within.isZero() || within.toDays() > 366
                        || within.toSeconds() % 60 != 0) {
                    throw new IllegalArgumentException(key + " must be whole minutes, more than none and at most"
                            + " a year, not " + text);
                }
                return new Target(within, false);
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException(key + " must be a duration like PT2H, next-huddle or none, not "
                        + text);
            }
        }

        boolean exists() {
            return within != null || nextHuddle;
        }

        /** As stored and configured: PT2H, next-huddle or none. */
        public String text() {
            return nextHuddle ? "next-huddle" : within == null ? "none" : within.toString();
        }

        /** As people read it: "within 2 hours", "by the next day's huddle", "no target". */
        public String words() {
            return exists() ? describe(this) : "no target";
        }
    }

    /** The three targets of a severity. */
    public record Targets(Target acknowledge, Target answer, Target resolve) {
    }

    /** A severity's stored targets with their version as shown: the row's plus one (0 means none stored). */
    public record Stored(Targets targets, int version) {
    }

    /** A severity's targets in force, with where they came from ("stored" or "configured") and the version to send back. */
    public record InForce(Severity severity, Targets targets, String source, int version) {
    }

    private final TrustClock clock;
    private final LocalTime huddleTime;
    private final Map<Severity, Targets> configured = new EnumMap<>(Severity.class);
    /** The admin's targets, read on first use; null until then. */
    private volatile Map<Severity, Stored> stored;
    /** Raised by every committed change, so a read begun before it is not kept. */
    private long changes;

    public ResponseTargets(TrustClock clock,
            @ConfigProperty(name = "huddle.escalations.huddle-time") LocalTime huddleTime,
            @ConfigProperty(name = "huddle.escalations.urgent.acknowledge") String urgentAcknowledge,
            @ConfigProperty(name = "huddle.escalations.urgent.answer") String urgentAnswer,
            @ConfigProperty(name = "huddle.escalations.urgent.resolve") String urgentResolve,
            @ConfigProperty(name = "huddle.escalations.routine.acknowledge") String routineAcknowledge,
            @ConfigProperty(name = "huddle.escalations.routine.answer") String routineAnswer,
            @ConfigProperty(name = "huddle.escalations.routine.resolve") String routineResolve) {
        this.clock = clock;
        this.huddleTime = huddleTime;
        configured.put(Severity.URGENT, new Targets(Target.parse("huddle.escalations.urgent.acknowledge", urgentAcknowledge),
                Target.parse("huddle.escalations.urgent.answer", urgentAnswer),
                Target.parse("huddle.escalations.urgent.resolve", urgentResolve)));
        configured.put(Severity.ROUTINE, new Targets(Target.parse("huddle.escalations.routine.acknowledge", routineAcknowledge),
                Target.parse("huddle.escalations.routine.answer", routineAnswer),
                Target.parse("huddle.escalations.routine.resolve", routineResolve)));
    }

    private Targets of(Severity severity) {
        Stored s = stored().get(severity);
        return s == null ? configured.get(severity) : s.targets();
    }

    /** Each severity's targets in force, urgent first. */
    public List<InForce> inForce() {
        Map<Severity, Stored> all = stored();
        return java.util.Arrays.stream(Severity.values()).map(severity -> {
            Stored s = all.get(severity);
            return s == null ? new InForce(severity, configured.get(severity), "configured", 0)
                    : new InForce(severity, s.targets(), "stored", s.version());
        }).toList();
    }

    private Map<Severity, Stored> stored() {
        Map<Severity, Stored> s = stored;
        if (s == null) {
            long before;
            synchronized (this) {
                before = changes;
            }
            s = QuarkusTransaction.requiringNew().call(() -> {
                Map<Severity, Stored> read = new EnumMap<>(Severity.class);
                for (ResponseTarget row : ResponseTarget.<ResponseTarget> listAll()) {
                    read.put(row.severity, stored(row));
                }
                return read;
            });
            synchronized (this) {
                if (stored == null && changes == before) {
                    stored = s;
                }
                // A change committed meanwhile: this read may be older; read again next time.
                return stored == null ? s : stored;
            }
        }
        return s;
    }

    static Stored stored(ResponseTarget row) {
        String field = row.severity.name().toLowerCase(Locale.ROOT);
        return new Stored(new Targets(Target.parse(field + ".acknowledge", row.acknowledgeWithin),
                Target.parse(field + ".answer", row.answerWithin), Target.parse(field + ".resolve", row.resolveWithin)),
                row.version + 1);
    }

    /** Before the boards re-render for the same change, which read these targets. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
    ResponseTargetsChanged change) {
        synchronized (this) {
            changes++;
            Map<Severity, Stored> next = new EnumMap<>(Severity.class);
            if (stored != null) {
                next.putAll(stored);
            }
            next.put(change.severity(), change.stored());
            // Without the rows read yet, the others are read on first use as usual.
            stored = stored == null ? null : next;
        }
    }

    /** When it must be acknowledged by; null if its severity has no such target. */
    public Instant acknowledgeBy(Escalation e) {
        return due(of(e.severity).acknowledge(), e.raisedAt, e);
    }

    public Instant answerBy(Escalation e) {
        return due(of(e.severity).answer(), e.raisedAt, e);
    }

    /** From raising, or from the ward's latest reopening. */
    public Instant resolveBy(Escalation e) {
        return due(of(e.severity).resolve(), e.reopenedAt == null ? e.raisedAt : e.reopenedAt, e);
    }

    /** Why it is overdue at {@code now}, e.g. "not acknowledged within 2 hours"; null if it is not. */
    public String overdueReason(Escalation e, Instant now) {
        if (!e.state.waitingOnTier()) {
            return null;
        }
        Instant by = acknowledgeBy(e);
        if (by != null && e.acknowledgedAt == null && now.isAfter(by)) {
            return "not acknowledged " + describe(of(e.severity).acknowledge());
        }
        by = answerBy(e);
        if (by != null && e.answeredAt == null && now.isAfter(by)) {
            return "not answered " + describe(of(e.severity).answer());
        }
        by = resolveBy(e);
        if (by != null && now.isAfter(by)) {
            return "not resolved " + describe(of(e.severity).resolve());
        }
        return null;
    }

    public boolean overdue(Escalation e, Instant now) {
        return overdueReason(e, now) != null;
    }

    /**
     * Whether every target of its severity was met; null while that is not yet known (a target
     * still running). For the share answered within target.
     */
    public Boolean withinTarget(Escalation e, Instant now) {
        Boolean ack = met(acknowledgeBy(e), e.acknowledgedAt, now);
        Boolean answer = met(answerBy(e), e.answeredAt, now);
        Boolean resolve = met(resolveBy(e), e.resolvedAt, now);
        if (Boolean.FALSE.equals(ack) || Boolean.FALSE.equals(answer) || Boolean.FALSE.equals(resolve)) {
            return false;
        }
        return ack == null || answer == null || resolve == null ? null : true;
    }

    private static Boolean met(Instant by, Instant done, Instant now) {
        if (by == null) {
            return true;
        }
        if (done != null) {
            return !done.isAfter(by);
        }
        return now.isAfter(by) ? false : null;
    }

    private Instant due(Target target, Instant from, Escalation e) {
        if (target.within() != null) {
            return from.plus(target.within());
        }
        if (target.nextHuddle()) {
            LocalTime at = e.ward == null || e.ward.huddleTime == null ? huddleTime : e.ward.huddleTime;
            return clock.dayOf(from).plusDays(1).atTime(at).atZone(clock.zone()).toInstant();
        }
        return null;
    }

    private static String describe(Target target) {
        if (target.nextHuddle()) {
            return "by the next day's huddle";
        }
        long minutes = target.within().toMinutes();
        return minutes % 60 == 0 ? "within " + minutes / 60 + (minutes == 60 ? " hour" : " hours")
                : "within " + minutes + " minutes";
    }
}
