package org.huddleboard.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/**
 * Spreading proven ideas across the trust: a lead offers an Implemented or Celebrated card with
 * a line on its effect; any ward may adopt it, which raises a linked New card there; the
 * original shows where it was adopted and how far each adoption has got.
 */
@ApplicationScoped
@Transactional
public class SpreadService {

    static final int MAX_SUMMARY = 200;
    /** The trust's list is read on every tablet; older offers than this many stay on their cards. */
    static final int OFFERED_LISTED = 200;

    @Inject
    TrustClock clock;
    @Inject
    IdeaChanges changes;
    @Inject
    IdeaService ideas;

    // --- Offers --------------------------------------------------------------------------------

    public IdeaService.Saved offer(Viewer viewer, String wardCode, String id, OfferRequest request) {
        Ward ward = leadsWard(viewer, wardCode, "offer");
        Params.body(request);
        String summary = TextFields.required("summary", request.summary(), MAX_SUMMARY);
        if (request.version() == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the card you loaded");
        }
        IdeaService.Locked locked = ideas.lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        IdeaView before = changes.view(idea);
        if (!idea.column.proven()) {
            throw ApiProblem.conflict("Only an Implemented or Celebrated idea can be offered to other wards; this"
                    + " card is in " + idea.column.label, before);
        }
        if (idea.offeredAt != null && summary.equals(idea.offerSummary)) {
            // Offered already with these words: nothing changes, and the board version is given back.
            ideas.rollBack();
            return new IdeaService.Saved(before, boardVersion - 1);
        }
        if (idea.offeredAt == null) {
            idea.offeredAt = ideas.now();
        } // a new summary keeps the card's place in the trust's list
        idea.offerSummary = summary;
        idea.offeredBy = viewer.name();
        return new IdeaService.Saved(changes.saved(viewer, null, idea, boardVersion, "idea.offered", before), boardVersion);
    }

    public IdeaService.Saved withdraw(Viewer viewer, String wardCode, String id, String version) {
        Ward ward = leadsWard(viewer, wardCode, "withdraw an offer");
        if (version == null || version.isBlank()) {
            throw ApiProblem.invalid("version", "is required: send the version of the card you loaded");
        }
        int loaded = Params.integer("version", version, -1, 0, Integer.MAX_VALUE);
        IdeaService.Locked locked = ideas.lockCard(ward, id, loaded);
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        IdeaView before = changes.view(idea);
        if (idea.offeredAt == null) {
            throw ApiProblem.conflict("This card is not offered to other wards", before);
        }
        // Cards already adopted from it stay linked: withdrawing stops new adoptions only.
        idea.offeredAt = null;
        idea.offerSummary = null;
        idea.offeredBy = null;
        return new IdeaService.Saved(changes.saved(viewer, null, idea, boardVersion, "idea.offer-withdrawn", before),
                boardVersion);
    }

    /**
     * The trust's offered ideas, newest offer first. Any signed-in person or paired device may
     * read them. {@code lookingWard}, if given, is the ward looking: its own offers are left out.
     */
    public List<OfferedIdea> offered(Viewer viewer, String lookingWard) {
        Ward looking = null;
        if (lookingWard != null && !lookingWard.isBlank()) {
            looking = Ward.findByCode(lookingWard.strip())
                    .orElseThrow(() -> ApiProblem.invalid("ward", "is not the code of a ward, such as ward-12"));
        }
        String query = "select i from Idea i join fetch i.ward w join fetch w.csu where i.offeredAt is not null"
                + (looking == null ? "" : " and w <> ?1") + " order by i.offeredAt desc, i.id desc";
        List<Idea> offers = (looking == null ? Idea.<Idea> find(query) : Idea.<Idea> find(query, looking))
                .page(0, OFFERED_LISTED).list();
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> adoptedBy = new HashMap<>();
        List<Object[]> rows = Idea.getEntityManager().createQuery("select a.id, w.code from Idea i join i.adoptedFrom a"
                + " join i.ward w where a in :offers order by i.createdAt, i.id", Object[].class)
                .setParameter("offers", offers).getResultList();
        for (Object[] row : rows) {
            adoptedBy.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return offers.stream().map(i -> OfferedIdea.of(i, adoptedBy.getOrDefault(i.id, List.of()))).toList();
    }

    // --- Adoption ------------------------------------------------------------------------------

    /**
     * Raises a New card on the adopting ward, linked to the offered one, with its title, problem,
     * idea and quality aim. Both wards' boards change, so both are locked (lower ward id first,
     * so two adoptions between the same wards cannot deadlock) and both hear of it live.
     */
    public IdeaService.Saved adopt(Viewer viewer, String wardCode, AdoptionRequest request) {
        Ward ward = IdeaService.writable(viewer, wardCode);
        Params.body(request);
        if (request.from() == null) {
            throw ApiProblem.invalid("from", "is required: the id of the offered card to adopt");
        }
        if (request.from() <= 0) {
            throw ApiProblem.invalid("from", "must be a card number, such as 51");
        }
        String raisedBy = TextFields.optional("raisedBy", request.raisedBy(), IdeaService.MAX_NAME);
        String enteredBy = TextFields.optional("enteredBy", request.enteredBy(), IdeaService.MAX_NAME);
        Idea original = Idea.<Idea> find("select i from Idea i join fetch i.ward where i.id = ?1", request.from())
                .firstResultOptional().orElseThrow(() -> ApiProblem.invalid("from", "is not the id of a card"));
        if (original.ward.id.equals(ward.id)) {
            throw ApiProblem.conflict("This card is on your own ward's board already; adopt ideas other wards offer",
                    changes.view(original));
        }

        Ward other = original.ward;
        long boardVersion;
        long originalBoardVersion;
        if (ward.id < other.id) {
            boardVersion = changes.lock(ward);
            originalBoardVersion = changes.lock(other);
        } else {
            originalBoardVersion = changes.lock(other);
            boardVersion = changes.lock(ward);
        }
        // Read again under the lock of its ward: an offer withdrawn meanwhile is seen here.
        Idea.getEntityManager().refresh(original);
        if (original.offeredAt == null) {
            throw ApiProblem.conflict("Card " + original.id + " is not offered to other wards (any more)",
                    changes.view(original));
        }
        Idea earlier = Idea.<Idea> find("ward = ?1 and adoptedFrom = ?2 order by id", ward, original)
                .firstResult();
        if (earlier != null) {
            throw ApiProblem.conflict("Ward " + ward.code + " has adopted this idea already, as card " + earlier.id,
                    changes.view(earlier));
        }

        Instant now = ideas.now();
        Idea adopted = new Idea();
        adopted.ward = ward;
        adopted.title = original.title;
        adopted.problem = original.problem;
        adopted.proposal = original.proposal;
        adopted.qualityAim = original.qualityAim;
        adopted.raisedBy = raisedBy;
        adopted.raisedOn = clock.today();
        adopted.column = IdeaColumn.NEW;
        adopted.movedAt = now;
        adopted.createdAt = now;
        adopted.adoptedFrom = original;
        IdeaView saved = changes.saved(viewer, enteredBy, adopted, boardVersion, "idea.adopted", null);
        changes.touched(original, originalBoardVersion);
        return new IdeaService.Saved(saved, boardVersion);
    }

    /** Where a card has been adopted, and how far each adoption has got, oldest adoption first. */
    public List<AdoptionView> adoptions(Viewer viewer, String wardCode, String id) {
        Idea idea = IdeaService.card(IdeaService.readable(viewer, wardCode), id);
        return Idea.adoptionsOf(idea).stream().map(AdoptionView::of).toList();
    }

    // --- Checks --------------------------------------------------------------------------------

    /** Offers are a lead's call: a lead with the ward in scope, nobody else (403). */
    private static Ward leadsWard(Viewer viewer, String wardCode, String what) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        if (viewer.role() != Role.LEAD || !viewer.canWrite(ward)) {
            throw ApiProblem.forbidden("Only a lead of ward " + ward.code + " can " + what);
        }
        org.huddleboard.access.Access.refuseRetired(ward);
        return ward;
    }
}
