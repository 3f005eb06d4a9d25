package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.AuditEvent;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A ward's idea cards: reading them, raising and editing one (each change through
 * {@link IdeaChanges}), and the checks every card service shares. Moves are {@link IdeaMoves},
 * PDSA notes {@link PdsaNotes}, the quality impact check {@link ImpactChecks}. Reading needs the
 * ward in the viewer's scope; changing needs a ward tablet or lead of the ward.
 */
@ApplicationScoped
@Transactional
public class IdeaService {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 40;
    static final int MAX_REASON = 300;
    static final int MAX_IMPACT_NOTE = 300;
    static final int MAX_NOTE = 500;

    @Inject
    TrustClock clock;
    @Inject
    IdeaChanges changes;
    @Inject
    TransactionManager transactions;
    @Inject
    ObjectMapper json;

    /** A card as saved, and the board version the change made (unchanged if the change was empty). */
    public record Saved(IdeaView idea, long boardVersion) {
    }

    // --- Reading -------------------------------------------------------------------------------

    /** The ward's cards, newest move first; each filter is optional (null or blank: any). */
    public List<IdeaView> list(Viewer viewer, String wardCode, String column, String owner, String overdue,
            String aim) {
        return listing(viewer, wardCode, column, owner, overdue, aim).shown();
    }

    /** Every card of the ward, and those the filters keep: one read for a page that shows both. */
    public record Listing(List<IdeaView> all, List<IdeaView> shown) {
    }

    public Listing listing(Viewer viewer, String wardCode, String column, String owner, String overdue,
            String aim) {
        Ward ward = readable(viewer, wardCode);
        IdeaColumn inColumn = Params.oneOf("column", column, IdeaColumn.class);
        QualityAim withAim = Params.oneOf("aim", aim, QualityAim.class);
        Boolean isOverdue = bool("overdue", overdue);
        String ownedBy = owner == null || owner.isBlank() ? null : owner.strip();
        if (ownedBy != null && ownedBy.length() > MAX_NAME) {
            throw ApiProblem.invalid("owner", "must be at most " + MAX_NAME + " characters (an owner's short name)");
        }
        LocalDate today = clock.today();
        List<IdeaView> all = Idea.listForWard(ward).stream().map(i -> IdeaView.of(i, today)).toList();
        List<IdeaView> shown = all.stream()
                .filter(c -> inColumn == null || c.column() == inColumn)
                .filter(c -> withAim == null || c.qualityAim() == withAim)
                .filter(c -> ownedBy == null || ownedBy.equalsIgnoreCase(c.owner()))
                .filter(c -> isOverdue == null || c.overdue() == isOverdue)
                .toList();
        return new Listing(all, shown);
    }

    public IdeaView get(Viewer viewer, String wardCode, String id) {
        return changes.view(card(readable(viewer, wardCode), id));
    }

    public List<NoteView> notes(Viewer viewer, String wardCode, String id) {
        return PdsaNote.listFor(card(readable(viewer, wardCode), id)).stream().map(NoteView::of).toList();
    }

    /** Every change to the card, oldest first, from the audit trail. */
    public List<HistoryLine> history(Viewer viewer, String wardCode, String id) {
        Idea idea = card(readable(viewer, wardCode), id);
        List<AuditEvent> events = AuditEvent.list("subject = ?1 order by occurredAt, id", IdeaChanges.subject(idea.id));
        return events.stream().map(e -> new HistoryLine(e.occurredAt, e.actorName, e.typedName, e.action,
                parsed(e.beforeValue), parsed(e.afterValue))).toList();
    }

    // --- Changing ------------------------------------------------------------------------------

    public Saved create(Viewer viewer, String wardCode, IdeaRequest request) {
        Ward ward = writable(viewer, wardCode);
        Card card = card(ward, Params.body(request));
        long boardVersion = changes.lock(ward);
        Instant now = now();
        Idea idea = new Idea();
        idea.ward = ward;
        card.applyTo(idea);
        idea.raisedOn = clock.today();
        idea.column = IdeaColumn.NEW;
        idea.movedAt = now;
        idea.createdAt = now;
        return new Saved(changes.saved(viewer, card.enteredBy(), idea, boardVersion, "idea.created", null),
                boardVersion);
    }

    public Saved edit(Viewer viewer, String wardCode, String id, IdeaRequest request) {
        Ward ward = writable(viewer, wardCode);
        Card card = card(ward, Params.body(request));
        Locked locked = lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        IdeaView before = changes.view(idea);
        card.applyTo(idea);
        if (changes.view(idea).equals(before)) {
            // Saved as it was: no new card version, and the board version taken above is given back.
            rollBack();
            return new Saved(before, boardVersion - 1);
        }
        return new Saved(changes.saved(viewer, card.enteredBy(), idea, boardVersion, "idea.edited", before),
                boardVersion);
    }

    record Locked(Idea idea, long boardVersion) {
    }

    /** Locks the ward's board, then finds the card and refuses a stale version of it. */
    Locked lockCard(Ward ward, String id, Integer version) {
        long boardVersion = changes.lock(ward);
        Idea idea = card(ward, id);
        changes.requireVersion(idea, version);
        return new Locked(idea, boardVersion);
    }

    // --- Checks --------------------------------------------------------------------------------

    /** The card's fields from a request, checked before the board is locked. */
    private record Card(String title, String problem, String proposal, String raisedBy, String owner,
            LocalDate dueDate, MeasureDefinition measure, QualityAim aim, String enteredBy) {

        void applyTo(Idea idea) {
            idea.title = title;
            idea.problem = problem;
            idea.proposal = proposal;
            idea.raisedBy = raisedBy;
            idea.owner = owner;
            idea.dueDate = dueDate;
            idea.measure = measure;
            idea.qualityAim = aim;
        }
    }

    private Card card(Ward ward, IdeaRequest r) {
        String title = TextFields.required("title", r.title(), MAX_TITLE);
        String problem = TextFields.requiredLines("problem", r.problem(), MAX_TEXT);
        String proposal = TextFields.requiredLines("idea", r.idea(), MAX_TEXT);
        String raisedBy = TextFields.optional("raisedBy", r.raisedBy(), MAX_NAME);
        String owner = TextFields.optional("owner", r.owner(), MAX_NAME);
        LocalDate due = r.dueDate() == null || r.dueDate().isBlank() ? null
                : Params.date("dueDate", r.dueDate().strip());
        MeasureDefinition measure = null;
        if (r.measure() != null && !r.measure().isBlank()) {
            String key = r.measure().strip();
            measure = WardMeasure.onBoard(ward, key).orElseThrow(() -> ApiProblem.invalid("measure",
                    "is not a measure on the board of ward " + ward.code + " (send a measure key, or leave it out)"));
        }
        if (r.qualityAim() == null) {
            throw ApiProblem.invalid("qualityAim", "is required: one of " + Params.names(QualityAim.class));
        }
        String enteredBy = TextFields.optional("enteredBy", r.enteredBy(), MAX_NAME);
        return new Card(title, problem, proposal, raisedBy, owner, due, measure, r.qualityAim(), enteredBy);
    }

    static Ward readable(Viewer viewer, String wardCode) {
        return Access.readable(viewer, wardCode, "You may not see the ideas of ward " + wardCode);
    }

    static Ward writable(Viewer viewer, String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        Access.requireWrite(viewer, ward);
        return ward;
    }

    /** The card of that id on this ward; a card of another ward is not found here. */
    static Idea card(Ward ward, String id) {
        return Idea.findOnWard(ward, Params.id(id, "a card number"))
                .orElseThrow(() -> ApiProblem.notFound("Card " + id + " on ward " + ward.code));
    }

    private static Boolean bool(String param, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.invalid(param, "must be true or false");
        };
    }

    Instant now() {
        // Stored with microseconds (what both H2 and PostgreSQL keep), so answer with exactly that.
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    void rollBack() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("Could not give back the board version of a change that changed nothing", e);
        }
    }

    private JsonNode parsed(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (Exception e) {
            return TextNode.valueOf(value); // cut short by the audit trail's limit
        }
    }
}
