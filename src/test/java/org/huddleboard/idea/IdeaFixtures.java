package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/**
 * Cards for tests, written straight to the database (no board version, no live message), and
 * one way to change a card as the API does, through {@link IdeaChanges}, for the live path.
 */
@ApplicationScoped
public class IdeaFixtures {

    @Inject
    IdeaChanges changes;
    @Inject
    TrustClock clock;

    /** A card as a test wants it; {@code movedAt} orders the lists on the wall. */
    @Transactional
    public long card(String ward, String title, IdeaColumn column, String owner, LocalDate due, Instant movedAt) {
        return persist(newCard(ward, title, column, owner, due, movedAt)).id;
    }

    @Transactional
    public long celebrated(String ward, String title, LocalDate celebratedOn, String effect, String offerSummary,
            Instant movedAt) {
        Idea i = newCard(ward, title, IdeaColumn.CELEBRATED, "Sister", null, movedAt);
        i.changeMade = "Changed as tested";
        i.effect = effect;
        i.implementedOn = celebratedOn.minusDays(7);
        i.celebratedOn = celebratedOn;
        if (offerSummary != null) {
            i.offerSummary = offerSummary;
            i.offeredBy = "lead";
            i.offeredAt = movedAt;
        }
        return persist(i).id;
    }

    /** A new card saved the one way the API saves cards: a new board version and a live change of kind idea. */
    @Transactional
    public long createLive(String ward, String title) {
        Ward w = Ward.findByCode(ward).orElseThrow();
        long version = changes.lock(w);
        Idea i = newCard(ward, title, IdeaColumn.NEW, null, null, clock.now());
        i.ward = w;
        Viewer tablet = new Viewer(Viewer.Kind.DEVICE, 0, "test tablet", Role.WARD, Set.of(ward), Set.of(), null,
                null);
        return changes.saved(tablet, null, i, version, "idea.created", null).id();
    }

    @Transactional
    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            Idea.delete("id in ?1", ids);
        }
    }

    private Idea newCard(String ward, String title, IdeaColumn column, String owner, LocalDate due, Instant movedAt) {
        Idea i = new Idea();
        i.ward = Ward.findByCode(ward).orElseThrow();
        i.title = title;
        i.problem = "Seen at the huddle";
        i.proposal = "Try it for a fortnight";
        i.raisedOn = clock.today().minusDays(20);
        i.owner = owner;
        i.dueDate = due;
        i.qualityAim = QualityAim.OUTCOMES;
        i.column = column;
        i.movedAt = movedAt;
        i.createdAt = movedAt;
        return i;
    }

    private static Idea persist(Idea i) {
        i.persist();
        return i;
    }
}
