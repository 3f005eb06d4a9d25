package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.common.TrustClock;

/**
 * How fast the receiving tier must acknowledge, answer and resolve, per severity. Each target is
 * a duration from raising ({@code PT2H}), {@code next-huddle} (the trust's huddle time on the day
 * after it was raised), or {@code none}. The resolve target restarts when the ward reopens.
 */
@ApplicationScoped
public class ResponseTargets {

    /** One target: a fixed time, the next day's huddle, or nothing. */
    record Target(Duration within, boolean nextHuddle) {

        static final Target NONE = new Target(null, false);

        static Target parse(String key, String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("none")) {
                return NONE;
            }
            if (t.equals("next-huddle")) {
                return new Target(null, true);
            }
            try {
                return new Target(Duration.parse(text.strip()), false);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " must be a duration like PT2H, next-huddle or none, not "
                        + text);
            }
        }

        boolean exists() {
            return within != null || nextHuddle;
        }
    }

    /** The three targets of a severity. */
    record Targets(Target acknowledge, Target answer, Target resolve) {
    }

    private final TrustClock clock;
    private final LocalTime huddleTime;
    private final Targets urgent;
    private final Targets routine;

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
        this.urgent = new Targets(Target.parse("huddle.escalations.urgent.acknowledge", urgentAcknowledge),
                Target.parse("huddle.escalations.urgent.answer", urgentAnswer),
                Target.parse("huddle.escalations.urgent.resolve", urgentResolve));
        this.routine = new Targets(Target.parse("huddle.escalations.routine.acknowledge", routineAcknowledge),
                Target.parse("huddle.escalations.routine.answer", routineAnswer),
                Target.parse("huddle.escalations.routine.resolve", routineResolve));
    }

    private Targets of(Severity severity) {
        return severity == Severity.URGENT ? urgent : routine;
    }

    /** When it must be acknowledged by; null if its severity has no such target. */
    public Instant acknowledgeBy(Escalation e) {
        return due(of(e.severity).acknowledge(), e.raisedAt);
    }

    public Instant answerBy(Escalation e) {
        return due(of(e.severity).answer(), e.raisedAt);
    }

    /** From raising, or from the ward's latest reopening. */
    public Instant resolveBy(Escalation e) {
        return due(of(e.severity).resolve(), e.reopenedAt == null ? e.raisedAt : e.reopenedAt);
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

    private Instant due(Target target, Instant from) {
        if (target.within() != null) {
            return from.plus(target.within());
        }
        if (target.nextHuddle()) {
            return clock.dayOf(from).plusDays(1).atTime(huddleTime).atZone(clock.zone()).toInstant();
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
