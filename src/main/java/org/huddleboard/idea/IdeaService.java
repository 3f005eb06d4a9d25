package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
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
 * A ward's idea cards: reading them, and every change to one (each through {@link IdeaChanges}).
 * Reading needs the ward in the viewer's scope; changing needs a ward tablet or lead of the
 * ward; signing off an impact check needs a lead of the ward.
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
        Ward ward = readable(viewer, wardCode);
        IdeaColumn inColumn = filter("column", column, IdeaColumn.class);
        QualityAim withAim = filter("aim", aim, QualityAim.class);
        Boolean isOverdue = bool("overdue", overdue);
        String ownedBy = owner == null || owner.isBlank() ? null : owner.strip();
        if (ownedBy != null && ownedBy.length() > MAX_NAME) {
            throw ApiProblem.invalid("owner", "must be at most " + MAX_NAME + " characters (an owner's short name)");
        }
        LocalDate today = clock.today();
        List<Idea> cards = Idea.list("select i from Idea i left join fetch i.measure left join fetch i.adoptedFrom a"
                + " left join fetch a.ward where i.ward = ?1 order by i.movedAt desc, i.id desc", ward);
        return cards.stream()
                .filter(i -> inColumn == null || i.column == inColumn)
                .filter(i -> withAim == null || i.qualityAim == withAim)
                .filter(i -> ownedBy == null || ownedBy.equalsIgnoreCase(i.owner))
                .filter(i -> isOverdue == null || i.overdueOn(today) == isOverdue)
                .map(i -> IdeaView.of(i, today)).toList();
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
        Card card = card(ward, body(request));
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
        Card card = card(ward, body(request));
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

    public Saved move(Viewer viewer, String wardCode, String id, MoveRequest request) {
        Ward ward = writable(viewer, wardCode);
        body(request);
        IdeaColumn to = request.to();
        if (to == null) {
            throw ApiProblem.invalid("to", "is required: one of " + names(IdeaColumn.class));
        }
        String reason = TextFields.optional("reason", request.reason(), MAX_REASON);
        String changeMade = TextFields.optionalLines("changeMade", request.changeMade(), MAX_TEXT);
        String effect = TextFields.optionalLines("effect", request.effect(), MAX_TEXT);
        String enteredBy = TextFields.optional("enteredBy", request.enteredBy(), MAX_NAME);
        onlyFor(to, IdeaColumn.PARKED, "reason", reason);
        onlyFor(to, IdeaColumn.IMPLEMENTED, "changeMade", changeMade);
        onlyFor(to, IdeaColumn.IMPLEMENTED, "effect", effect);

        Locked locked = lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        IdeaColumn from = idea.column;
        IdeaView before = changes.view(idea);
        if (!from.canMoveTo(to)) {
            throw ApiProblem.conflict("A card in " + from.label + " can move "
                    + (from.next().isEmpty() ? "nowhere" : "to " + labels(from)) + ", not to " + to.label, before);
        }
        switch (to) {
            case PARKED -> idea.parkedReason = needed("reason", reason, "say why the card is parked");
            case IMPLEMENTED -> {
                idea.changeMade = needed("changeMade", changeMade, "say what changed");
                idea.effect = needed("effect", effect, "say what effect the change had");
                idea.implementedOn = clock.today();
            }
            case CELEBRATED -> idea.celebratedOn = clock.today();
            case TESTING -> requireImpactCleared(idea, before);
            case NEW -> idea.parkedReason = null; // revived: the audit trail keeps the reason it was parked
        }
        idea.column = to;
        idea.movedAt = now();
        return new Saved(changes.saved(viewer, enteredBy, idea, boardVersion, "idea.moved", before), boardVersion);
    }

    /** A note as saved, with the card after it, and the board version it made. */
    public record NoteSaved(NoteView.Added added, long boardVersion) {
    }

    public NoteSaved addNote(Viewer viewer, String wardCode, String id, NoteRequest request) {
        Ward ward = writable(viewer, wardCode);
        body(request);
        if (request.stage() == null) {
            throw ApiProblem.invalid("stage", "is required: one of " + names(PdsaStage.class));
        }
        String text = TextFields.requiredLines("note", request.note(), MAX_NOTE);
        String writtenBy = TextFields.optional("writtenBy", request.writtenBy(), MAX_NAME);
        LocalDate today = clock.today();
        LocalDate notedOn = request.notedOn() == null || request.notedOn().isBlank() ? today
                : Params.date("notedOn", request.notedOn().strip());
        if (notedOn.isAfter(today)) {
            throw ApiProblem.invalid("notedOn", "is in the future (today is " + today + " in trust time)");
        }

        Locked locked = lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        if (idea.column != IdeaColumn.TESTING) {
            throw ApiProblem.conflict("PDSA notes are kept while a card is in Testing; this card is in "
                    + idea.column.label, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        PdsaNote note = new PdsaNote();
        note.idea = idea;
        note.stage = request.stage();
        note.notedOn = notedOn;
        note.note = text;
        note.writtenBy = writtenBy;
        note.createdAt = now();
        note.persist();
        // The note is part of the card: two tablets adding notes to one card are told of each other.
        Idea.getEntityManager().lock(idea, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        NoteView view = NoteView.of(note);
        IdeaView after = changes.saved(viewer, writtenBy, idea, boardVersion, "idea.pdsa-note", before,
                card -> new NoteView.Audited(view, card.version()));
        return new NoteSaved(new NoteView.Added(view, after), boardVersion);
    }

    public Saved checkImpact(Viewer viewer, String wardCode, String id, ImpactRequest request) {
        Ward ward = writable(viewer, wardCode);
        body(request);
        ImpactRequest.Part safety = part("safety", request.safety());
        ImpactRequest.Part effectiveness = part("effectiveness", request.effectiveness());
        ImpactRequest.Part experience = part("experience", request.experience());
        String checkedBy = TextFields.optional("checkedBy", request.checkedBy(), MAX_NAME);

        Locked locked = lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        if (idea.column != IdeaColumn.NEW) {
            throw ApiProblem.conflict("The quality impact check is made while a card is New; this card is in "
                    + idea.column.label, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        ImpactCheck check = new ImpactCheck();
        check.safety = safety.effect();
        check.safetyNote = safety.note();
        check.effectiveness = effectiveness.effect();
        check.effectivenessNote = effectiveness.note();
        check.experience = experience.effect();
        check.experienceNote = experience.note();
        check.checkedBy = checkedBy;
        check.checkedAt = now();
        idea.impact = check; // a new check needs a new sign-off
        return new Saved(changes.saved(viewer, checkedBy, idea, boardVersion, "idea.impact-checked", before),
                boardVersion);
    }

    public Saved signOff(Viewer viewer, String wardCode, String id, VersionRequest request) {
        Ward ward = writable(viewer, wardCode);
        if (viewer.role() != Role.LEAD) {
            throw ApiProblem.forbidden("Only a lead of ward " + ward.code + " can sign off a quality impact check");
        }
        body(request);
        Locked locked = lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        ImpactCheck check = idea.impact;
        String refusal = idea.column != IdeaColumn.NEW ? "The impact check is signed off while a card is New; this"
                + " card is in " + idea.column.label
                : check == null || !check.recorded() ? "This card has no quality impact check to sign off yet"
                        : !check.anyNegative() ? "This impact check has no negative effect, so it needs no sign-off"
                                : check.signedOffAt != null ? "This impact check is already signed off by "
                                        + check.signedOffBy : null;
        if (refusal != null) {
            throw ApiProblem.conflict(refusal, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        check.signedOffBy = viewer.name();
        check.signedOffAt = now();
        return new Saved(changes.saved(viewer, null, idea, boardVersion, "idea.impact-signed-off", before),
                boardVersion);
    }

    private record Locked(Idea idea, long boardVersion) {
    }

    /** Locks the ward's board, then finds the card and refuses a stale version of it. */
    private Locked lockCard(Ward ward, String id, Integer version) {
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
            throw ApiProblem.invalid("qualityAim", "is required: one of " + names(QualityAim.class));
        }
        String enteredBy = TextFields.optional("enteredBy", r.enteredBy(), MAX_NAME);
        return new Card(title, problem, proposal, raisedBy, owner, due, measure, r.qualityAim(), enteredBy);
    }

    private static ImpactRequest.Part part(String field, ImpactRequest.Part part) {
        if (part == null) {
            throw ApiProblem.invalid(field, "is required: the expected effect on " + field + " and a sentence why");
        }
        if (part.effect() == null) {
            throw ApiProblem.invalid(field + ".effect", "is required: one of " + names(Effect.class));
        }
        return new ImpactRequest.Part(part.effect(),
                TextFields.required(field + ".note", part.note(), MAX_IMPACT_NOTE));
    }

    private static void requireImpactCleared(Idea idea, IdeaView current) {
        if (!idea.qualityAim.needsImpactCheck() || idea.impact != null && idea.impact.cleared()) {
            return;
        }
        boolean recorded = idea.impact != null && idea.impact.recorded();
        throw ApiProblem.conflict(recorded
                ? "This idea has a negative effect in its quality impact check: a lead of the ward must sign it off"
                        + " before it moves to Testing"
                : "An idea that removes waste or cost needs a quality impact check (safety, effectiveness,"
                        + " experience) before it moves to Testing", current);
    }

    private static void onlyFor(IdeaColumn to, IdeaColumn takesIt, String field, String value) {
        if (value != null && to != takesIt) {
            throw ApiProblem.invalid(field, "is only taken on a move to " + takesIt.label);
        }
    }

    private static String needed(String field, String value, String why) {
        if (value == null) {
            throw ApiProblem.invalid(field, "is required: " + why);
        }
        return value;
    }

    static <T> T body(T request) {
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        return request;
    }

    static Ward readable(Viewer viewer, String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        if (!viewer.canRead(ward)) {
            throw ApiProblem.forbidden("You may not see the ideas of ward " + wardCode);
        }
        return ward;
    }

    static Ward writable(Viewer viewer, String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        Access.requireWrite(viewer, ward);
        return ward;
    }

    /** The card of that id on this ward; a card of another ward is not found here. */
    static Idea card(Ward ward, String id) {
        return Idea.findOnWard(ward, cardId(id))
                .orElseThrow(() -> ApiProblem.notFound("Card " + id + " on ward " + ward.code));
    }

    /** A card id from the path: a positive whole number, or a 400 naming {@code id}. */
    static long cardId(String id) {
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.invalid("id", "must be a card number, such as 51");
    }

    /** An enum's constant from a query parameter, in any case; null when absent or blank. */
    private static <E extends Enum<E>> E filter(String param, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(param, "must be one of " + names(type)));
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

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String labels(IdeaColumn from) {
        List<String> labels = from.next().stream().map(c -> c.label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
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
