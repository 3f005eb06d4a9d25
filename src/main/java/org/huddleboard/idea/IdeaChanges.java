package org.huddleboard.idea;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.ward.Ward;

/**
 * How every change to a card is made, whatever the endpoint: lock the ward's board and take its
 * next version first, refuse a stale card version, then save, audit with before and after, and
 * hand the change to the live path in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdeaChanges {

    /** The kind of {@link BoardChanged} for a card; its {@code change} is the {@link IdeaView}. */
    public static final String KIND = "idea";

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<BoardChanged> changes;

    /** Locks the ward's board until commit and returns the version this change will have. */
    public long lock(Ward ward) {
        return Ward.nextBoardVersion(ward);
    }

    /** Refuses an edit made to an older version of the card, answering with the card as it is now. */
    public void requireVersion(Idea idea, Integer version) {
        if (version == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the card you loaded");
        }
        if (version != idea.version) {
            throw ApiProblem.conflict("This card was changed since you loaded it (now version " + idea.version
                    + "); check the card as it is now and try again", view(idea));
        }
    }

    /** The audit subject of every change to a card, so its history is one lookup. */
    public static String subject(long ideaId) {
        return "idea " + ideaId;
    }

    public IdeaView view(Idea idea) {
        return IdeaView.of(idea, clock.today());
    }

    /**
     * Saves the card and records the change. {@code boardVersion} is what {@link #lock} returned;
     * {@code typedName} is the optional name typed on a shared tablet.
     */
    public IdeaView saved(Viewer viewer, String typedName, Idea idea, long boardVersion, String action,
            IdeaView before) {
        return saved(viewer, typedName, idea, boardVersion, action, before, after -> after);
    }

    /**
     * As above, for a change the card's own fields do not show (a PDSA note): the audit keeps as
     * "after" what {@code audited} makes of the card's new view.
     */
    public IdeaView saved(Viewer viewer, String typedName, Idea idea, long boardVersion, String action,
            IdeaView before, Function<IdeaView, Object> audited) {
        idea.persistAndFlush();
        IdeaView after = view(idea);
        audit.record(viewer, typedName, idea.ward.code, action, subject(idea.id), before, audited.apply(after));
        changes.fire(new BoardChanged(idea.ward.code, boardVersion, KIND, after));
        return after;
    }

    /**
     * Tells the live path that a card's board changed though the card did not: an adoption of it
     * on another ward. {@code boardVersion} is what {@link #lock} returned for the card's ward;
     * the change is audited on the ward that made it.
     */
    public void touched(Idea idea, long boardVersion) {
        changes.fire(new BoardChanged(idea.ward.code, boardVersion, KIND, view(idea)));
    }
}
