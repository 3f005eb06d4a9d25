package org.huddleboard.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Person;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.ward.Ward;

/**
 * How every change to an escalation is made: lock the ward's board and take its next version,
 * refuse a stale escalation version, then save, write the timeline step, audit with before and
 * after, and hand the change to the live path (the ward's board and the escalation view) in the
 * same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EscalationChanges {

    /** The kind of {@link BoardChanged} for an escalation; its {@code change} is the {@link EscalationView}. */
    public static final String KIND = "escalation";

    @Inject
    TrustClock clock;
    @Inject
    ResponseTargets targets;
    @Inject
    Audit audit;
    @Inject
    Event<BoardChanged> changes;

    /** Locks the ward's board until commit and returns the version this change will have. */
    public long lock(Ward ward) {
        return Ward.nextBoardVersion(ward);
    }

    /**
     * Locks the escalation's ward, then reads the escalation as it is now and refuses a version
     * other than the caller's, answering with the escalation as it is.
     */
    public long lockAndCheck(Escalation e, Integer version) {
        long boardVersion = lock(e.ward);
        Escalation.getEntityManager().refresh(e);
        if (version == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the escalation you loaded");
        }
        if (version != e.version) {
            throw ApiProblem.conflict("This escalation was changed since you loaded it (now version " + e.version
                    + ", " + e.state.label + "); check it as it is now and try again", view(e));
        }
        return boardVersion;
    }

    /** The audit subject of every change to an escalation, so its history is one lookup. */
    public static String subject(long id) {
        return "escalation " + id;
    }

    public EscalationView view(Escalation e) {
        return EscalationView.of(e, targets, clock.now());
    }

    /** A person's display name ("Demo CSU Manager"), or a device's name ("Ward 12 tablet"). */
    public static String nameOf(Viewer viewer) {
        if (viewer.isDevice()) {
            return viewer.name();
        }
        Person person = Person.findById(viewer.id());
        return person == null ? viewer.name() : person.displayName;
    }

    /** Now, as stored (microseconds, what both H2 and PostgreSQL keep). */
    public Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Saves the escalation with a timeline step for {@code action} ({@code raise} or an action
     * id), audits it as {@code escalation.<action>} and fires the board change.
     */
    public EscalationView saved(Viewer viewer, String typedName, Escalation e, long boardVersion, String action,
            Side side, String note, Instant at, EscalationView before) {
        e.persistAndFlush();
        EscalationEvent step = new EscalationEvent();
        step.escalation = e;
        step.action = action;
        step.occurredAt = at;
        step.actorName = nameOf(viewer);
        step.side = side;
        step.typedName = typedName;
        step.note = note;
        step.tier = e.tier;
        step.state = e.state;
        step.persist();
        EscalationView after = view(e);
        audit.record(viewer, typedName, e.ward.code, "escalation." + action, subject(e.id), before, after);
        changes.fire(new BoardChanged(e.ward.code, boardVersion, KIND, after));
        return after;
    }
}
