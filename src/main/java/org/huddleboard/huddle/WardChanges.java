package org.huddleboard.huddle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.ward.Ward;

/**
 * How every huddle, action and thanks change is made: find the ward, check the caller may
 * change it, lock its board (one change at a time, in version order), then save, audit and
 * hand the change to the live screens in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WardChanges {

    public static final String HUDDLE = "huddle";
    public static final String ACTION = "huddle-action";
    public static final String THANKS = "thanks";

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<BoardChanged> changes;

    Ward readable(Viewer viewer, String code) {
        return Access.readable(viewer, code, "You may not see ward " + code);
    }

    Ward writable(Viewer viewer, String code) {
        Ward ward = Ward.findByCode(code).orElseThrow(() -> ApiProblem.notFound("Ward " + code));
        Access.requireWrite(viewer, ward);
        return ward;
    }

    /** Locks the ward's board until commit and returns the version this change will have. */
    long lock(Ward ward) {
        return Ward.nextBoardVersion(ward);
    }

    /** Refuses an edit based on another version than the one stored, answering with what is stored now. */
    static void checkVersion(Integer sent, int stored, String what, Object current) {
        if (sent == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the " + what + " you loaded");
        }
        if (sent != stored) {
            throw ApiProblem.conflict("This " + what + " was changed on another device since you loaded it (now"
                    + " version " + stored + "); check it as it is now and try again", current);
        }
    }

    /** Now, as stored (microseconds, what both H2 and PostgreSQL keep). */
    Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Audits {@code action} (by a person or device, or by the server when {@code viewer} is null) and fires the change. */
    void saved(Viewer viewer, String typedName, Ward ward, long boardVersion, String kind, String action,
            String subject, Object before, Object after) {
        if (viewer == null) {
            audit.recordSystem(ward.code, action, subject, before, after);
        } else {
            audit.record(viewer, typedName, ward.code, action, subject, before, after);
        }
        changes.fire(new BoardChanged(ward.code, boardVersion, kind, after));
    }
}
