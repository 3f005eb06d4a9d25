package org.huddleboard.idea;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.Moments;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The staff page of a ward's idea board: every card in one table with filters, and each card in
 * full with its PDSA notes, impact check, spread and history. For people who may read the ward;
 * a paired screen or tablet is sent to its own page, as the index does. Filters are checked by
 * the same service as the API, so a bad value is refused the same way (400, naming it).
 */
@Path("/wards/{ward}/ideas")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class StaffIdeasPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Inject
    IdeaService ideas;
    @Inject
    Access access;
    @Inject
    TrustClock clock;

    public record WardInfo(String code, String name) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Count(String label, String css, long count) {
    }

    public record Row(long id, String title, String column, String columnCss, String owner, String due,
            boolean overdue, String aim, String measure, String raised, String moved, String adoptedFrom,
            boolean offered) {
    }

    public record Line(String label, String text) {
    }

    public record Note(String stage, String notedOn, String note, String writtenBy) {
    }

    public record Adoption(long id, String ward, String wardName, String column, String moved, boolean overdue,
            boolean readable) {
    }

    public record Origin(long id, String ward, String wardName, String title, boolean readable) {
    }

    public record Impact(List<Line> effects, String checked, String signOff, boolean awaitingSignOff) {
    }

    public record Change(String at, String who, String action, String code, List<Line> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ideas(WardInfo ward, List<Option> columns, List<Option> owners,
                List<Option> overdue, List<Option> aims, List<Count> counts, List<Row> rows, int total,
                boolean filtered, String today);

        static native TemplateInstance card(WardInfo ward, IdeaView card, String column, String aim, String measure,
                List<Line> fields, List<Note> notes, Impact impact, Origin origin, List<Adoption> adoptions,
                List<Change> history, String today);
    }

    @GET
    @Operation(hidden = true)
    @Transactional
    public Object list(@PathParam("ward") String ward, @QueryParam("column") String column,
            @QueryParam("owner") String owner, @QueryParam("overdue") String overdue, @QueryParam("aim") String aim) {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            return Response.seeOther(URI.create(viewer.landingPage())).build();
        }
        IdeaService.Listing listing = ideas.listing(viewer, ward, column, owner, overdue, aim);
        List<IdeaView> shown = listing.shown();
        List<IdeaView> all = listing.all();
        Map<String, String> measures = measureNames();
        LocalDate today = clock.today();

        Map<IdeaColumn, Long> byColumn = new EnumMap<>(IdeaColumn.class);
        all.forEach(c -> byColumn.merge(c.column(), 1L, Long::sum));
        List<Count> counts = new ArrayList<>();
        for (IdeaColumn c : IdeaColumn.values()) {
            counts.add(new Count(c.label, c.css(), byColumn.getOrDefault(c, 0L)));
        }
        counts.add(new Count("Overdue", "overdue", all.stream().filter(IdeaView::overdue).count()));

        String chosenOwner = owner == null || owner.isBlank() ? null : owner.strip();
        TreeSet<String> owners = all.stream().map(IdeaView::owner).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        if (chosenOwner != null) {
            owners.add(chosenOwner);
        }
        List<Row> rows = shown.stream().map(c -> new Row(c.id(), c.title(), c.column().label, c.column().css(),
                c.owner(), day(c.dueDate()), c.overdue(), c.qualityAim().label, measures.get(c.measure()),
                day(c.raisedOn()) + (c.raisedBy() == null ? "" : " by " + c.raisedBy()), moment(c.movedAt()),
                c.adoptedFrom() == null ? null : c.adoptedFrom().wardName(), c.offer() != null)).toList();
        boolean filtered = Arrays.asList(column, owner, overdue, aim).stream().anyMatch(p -> p != null && !p.isBlank());
        return Templates.ideas(wardInfo(ward),
                options(IdeaColumn.values(), column, c -> c.label),
                owners.stream().map(o -> new Option(o, o, o.equalsIgnoreCase(chosenOwner))).toList(),
                List.of(new Option("true", "Overdue only", "true".equalsIgnoreCase(trim(overdue))),
                        new Option("false", "Not overdue", "false".equalsIgnoreCase(trim(overdue)))),
                options(QualityAim.values(), aim, a -> a.label), counts, rows, all.size(), filtered, day(today));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    @Transactional
    public Object card(@PathParam("ward") String ward, @PathParam("id") String id) {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            return Response.seeOther(URI.create(viewer.landingPage())).build();
        }
        IdeaView card = ideas.get(viewer, ward, id);
        List<Note> notes = ideas.notes(viewer, ward, id).stream().map(n -> new Note(CardHistory.word(n.stage().name()),
                day(n.notedOn()), n.note(), n.writtenBy())).toList();
        List<Change> history = ideas.history(viewer, ward, id).stream().map(h -> new Change(moment(h.occurredAt()),
                h.actor() + (h.typedName() == null ? "" : " (" + h.typedName() + ")"), CardHistory.action(h.action()),
                h.action(), CardHistory.lines(h.before(), h.after()))).toList();
        Idea idea = Idea.findById(card.id());
        List<Adoption> adoptions = Idea.adoptionsOf(idea).stream().map(a -> new Adoption(a.id, a.ward.code,
                a.ward.name, a.column.label, moment(a.movedAt), a.overdueOn(clock.today()), viewer.canRead(a.ward)))
                .toList();
        Origin origin = idea.adoptedFrom == null ? null
                : new Origin(idea.adoptedFrom.id, idea.adoptedFrom.ward.code, idea.adoptedFrom.ward.name,
                        idea.adoptedFrom.title, viewer.canRead(idea.adoptedFrom.ward));
        String measure = card.measure() == null ? null : measureNames().get(card.measure());
        return Templates.card(wardInfo(ward), card, card.column().label, card.qualityAim().label, measure,
                fields(card), notes, impact(card.impactCheck(), card.qualityAim()), origin, adoptions, history,
                day(clock.today()));
    }

    /** What the card's column has recorded, in the order a reader meets it. */
    private List<Line> fields(IdeaView c) {
        List<Line> lines = new ArrayList<>();
        add(lines, "Raised", day(c.raisedOn()) + (c.raisedBy() == null ? "" : " by " + c.raisedBy()));
        add(lines, "Owner", c.owner());
        add(lines, "Due", day(c.dueDate()));
        add(lines, "In this column since", moment(c.movedAt()));
        add(lines, "Parked because", c.parkedReason());
        add(lines, "What changed", c.changeMade());
        add(lines, "Its effect", c.effect());
        add(lines, "Implemented on", day(c.implementedOn()));
        add(lines, "Celebrated on", day(c.celebratedOn()));
        add(lines, "Can move to", c.allowedMoves().isEmpty() ? "nowhere (the end of the board)"
                : c.allowedMoves().stream().sorted().map(m -> m.label).collect(Collectors.joining(" or ")));
        add(lines, "Card version", String.valueOf(c.version()));
        return lines;
    }

    private Impact impact(IdeaView.Impact i, QualityAim aim) {
        if (i == null) {
            return aim.needsImpactCheck() ? new Impact(List.of(), null, null, false) : null;
        }
        List<Line> effects = List.of(effect("Safety", i.safety(), i.safetyNote()),
                effect("Effectiveness", i.effectiveness(), i.effectivenessNote()),
                effect("Experience", i.experience(), i.experienceNote()));
        String checked = moment(i.checkedAt()) + (i.checkedBy() == null ? "" : " by " + i.checkedBy());
        String signOff = i.signedOffAt() == null ? null : moment(i.signedOffAt()) + " by " + i.signedOffBy();
        return new Impact(effects, checked, signOff, i.needsSignOff());
    }

    private static Line effect(String part, Effect effect, String note) {
        return new Line(part, CardHistory.word(effect.name()) + (note == null ? "" : ": " + note));
    }

    private static void add(List<Line> lines, String label, String text) {
        if (text != null && !text.isEmpty()) {
            lines.add(new Line(label, text));
        }
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, String chosen,
            java.util.function.Function<E, String> label) {
        String wanted = trim(chosen);
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v), v.name().equalsIgnoreCase(wanted)))
                .toList();
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    private static WardInfo wardInfo(String code) {
        Ward ward = Ward.findByCode(code).orElseThrow();
        return new WardInfo(ward.code, ward.name);
    }

    private static Map<String, String> measureNames() {
        return MeasureDefinition.<MeasureDefinition> listAll().stream()
                .collect(Collectors.toMap(m -> m.key, m -> m.name));
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    String moment(Instant instant) {
        return instant == null ? null : Moments.words(instant, clock.zone(), clock.now());
    }
}
