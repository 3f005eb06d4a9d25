package org.huddleboard.huddle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.ward.Ward;

/**
 * Huddles, actions and thanks for tests, written straight to the database (no board version,
 * no live message): for what the API refuses to make, such as an action agreed days ago and now
 * overdue, or a huddle that ended this morning. Removed again with {@link #delete}.
 */
@ApplicationScoped
public class HuddleFixtures {

    @Transactional
    public long action(String ward, String text, String owner, LocalDate dueDate, LocalDate createdOn) {
        HuddleAction a = new HuddleAction();
        a.ward = Ward.findByCode(ward).orElseThrow();
        a.text = text;
        a.owner = owner;
        a.dueDate = dueDate;
        a.createdOn = createdOn;
        a.createdAt = Instant.now();
        a.state = ActionState.OPEN;
        a.persist();
        return a.id;
    }

    @Transactional
    public long thanks(String ward, String text, String by, LocalDate date) {
        ThanksNote t = new ThanksNote();
        t.ward = Ward.findByCode(ward).orElseThrow();
        t.text = text;
        t.addedBy = by;
        t.date = date;
        t.addedAt = Instant.now();
        t.persist();
        return t.id;
    }

    /** An ended huddle; {@code autoEnded} as the server marks one nobody ended. */
    @Transactional
    public long ended(String ward, LocalDate date, Instant startedAt, Instant endedAt, boolean autoEnded) {
        Huddle h = new Huddle();
        h.ward = Ward.findByCode(ward).orElseThrow();
        h.date = date;
        h.startedAt = startedAt;
        h.endedAt = endedAt;
        h.autoEnded = autoEnded;
        h.facilitator = "Sister K";
        h.attendance = 6;
        h.roles = "";
        h.targetMinutes = 10;
        h.persist();
        return h.id;
    }

    @Transactional
    public void deleteActions(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            HuddleAction.delete("id in ?1", ids);
        }
    }

    @Transactional
    public void deleteThanks(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            ThanksNote.delete("id in ?1", ids);
        }
    }

    /** Huddles a test made (ended first), so the ward's day reads as it did before. */
    @Transactional
    public void deleteHuddles(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            HuddleAction.update("huddle = null where huddle.id in ?1", ids);
            ThanksNote.update("huddle = null where huddle.id in ?1", ids);
            Huddle.delete("id in ?1", ids);
        }
    }
}
