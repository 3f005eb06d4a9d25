package org.huddleboard.escalation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Moments;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The manager escalation view: the escalations of every ward the viewer leads or manages, worst
 * first, each answerable in place (the page's script posts to the API and re-reads the list; the
 * escalation channel tells it when anything changed). Filters are a GET form, so a filtered view
 * is a link. An executive (or admin) opening the page plainly sees tier 3, the escalations
 * waiting on them; the filters show everything else. Devices are refused: a ward's own
 * escalations are on its board and tablet.
 */
@Path("/escalations")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class EscalationsPage {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final List<String> FILTERS = List.of("ward", "csu", "tier", "status", "category");

    @Inject
    EscalationListing listing;
    @Inject
    EscalationService escalations;
    @Inject
    Access access;
    @Inject
    TrustClock clock;
    @Inject
    EscalationFigures figures;

    public record Option(String value, String label, boolean selected) {
    }

    public record Action(String id, String label, boolean needsText) {
    }

    public record Row(long id, String ward, String wardName, String csuName, String title, String detail,
            String category, String severity, boolean urgent, int tier, String state, String stateCss, String owner,
            String raised, String age, boolean overdue, String overdueReason, String due, String answer,
            String answeredBy, List<Action> actions, boolean takesText, int version) {
    }

    public record Line(String at, String action, String by, String side, String note, String tierAndState) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance escalations(Viewer viewer, String query, List<Option> wards,
                List<Option> csus, List<Option> tiers, List<Option> statuses, List<Option> categories,
                boolean filtered, String scope, List<Row> rows, String figures);

        static native TemplateInstance escalations$list(String scope, List<Row> rows);

        static native TemplateInstance escalation(Row row, List<Line> timeline);
    }

    @GET
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance page(@Context UriInfo uri) {
        Viewer viewer = leader();
        Shown shown = shown(viewer, uri.getQueryParameters());
        List<Ward> wards = Ward.listWithCsu().stream().filter(viewer::canRead).toList();
        Map<String, String> csus = new LinkedHashMap<>();
        wards.forEach(w -> csus.putIfAbsent(w.csu.code, w.csu.name));
        EscalationListing.Filters f = shown.filters;
        List<Option> tiers = List.of(new Option("2", "Tier 2 (CSU)", Integer.valueOf(2).equals(f.tier())),
                new Option("3", "Tier 3 (executives)", Integer.valueOf(3).equals(f.tier())));
        return Templates.escalations(viewer, shown.query,
                wards.stream().map(w -> new Option(w.code, w.name, w.code.equals(f.ward()))).toList(),
                csus.entrySet().stream().map(c -> new Option(c.getKey(), c.getValue(), c.getKey().equals(f.csu())))
                        .toList(),
                tiers, options(EscalationState.values(), f.status(), s -> s.label),
                options(EscalationCategory.values(), f.category(), c -> c.label), shown.filtered, shown.scope,
                shown.rows, FiguresPage.Templates.figures$table(
                        FiguresTable.of(figures.windows(viewer, EscalationFigures.WINDOWS))).render());
    }

    /** The list alone, as the page shows it for the same query: the page's script swaps it in. */
    @GET
    @Path("/list")
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance list(@Context UriInfo uri) {
        Viewer viewer = leader();
        Shown shown = shown(viewer, uri.getQueryParameters());
        return Templates.escalations$list(shown.scope, shown.rows);
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance one(@PathParam("id") String id) {
        Viewer viewer = leader();
        EscalationView view = escalations.get(viewer, id);
        List<Line> timeline = escalations.timeline(viewer, id).stream().map(t -> new Line(moment(t.at()),
                actionLabel(t.action()), t.by() + (t.typedName() == null ? "" : " (" + t.typedName() + ")"),
                t.side() == null ? "" : sideLabel(t.side()), t.note(),
                "Tier " + t.tier() + " · " + t.state().label)).toList();
        return Templates.escalation(row(view, clock.now()), timeline);
    }

    private record Shown(EscalationListing.Filters filters, String query, boolean filtered, String scope,
            List<Row> rows) {
    }

    private Shown shown(Viewer viewer, MultivaluedMap<String, String> params) {
        boolean asked = FILTERS.stream().anyMatch(params::containsKey);
        String tier = params.getFirst("tier");
        // Executives answer tier 3: that is their list until they ask for something else.
        boolean topTierByDefault = !asked && (viewer.role() == Role.EXECUTIVE || viewer.role() == Role.ADMIN);
        if (topTierByDefault) {
            tier = String.valueOf(EscalationAction.TOP_TIER);
        }
        EscalationListing.Filters f = listing.filters(params.getFirst("ward"), params.getFirst("csu"), tier,
                params.getFirst("status"), params.getFirst("category"));
        Instant now = clock.now();
        List<Row> rows = listing.list(viewer, f).stream().map(v -> row(v, now)).toList();
        StringBuilder query = new StringBuilder();
        for (String name : FILTERS) {
            String value = name.equals("tier") ? tier : params.getFirst(name);
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(value == null ? "" : URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
        boolean filtered = Arrays.asList(f.ward(), f.csu(), f.tier(), f.status(), f.category()).stream()
                .anyMatch(x -> x != null);
        return new Shown(f, query.toString(), filtered, scope(viewer, f, topTierByDefault), rows);
    }

    private static String scope(Viewer viewer, EscalationListing.Filters f, boolean topTierByDefault) {
        String whose = switch (viewer.role()) {
            case MANAGER -> "your CSUs' wards";
            case LEAD -> "your wards";
            default -> "every ward of the trust";
        };
        String which = f.status() == null ? "not yet closed" : f.status().label.toLowerCase(Locale.ROOT)
                + (f.status() == EscalationState.CLOSED ? " in the last 90 days" : "");
        return "Escalations of " + whose + ", " + which + (topTierByDefault ? ", at tier 3 (waiting on executives)"
                : "") + ": overdue first, then urgent, then oldest.";
    }

    private Viewer leader() {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden("The escalation view is for leaders; this ward's escalations are on its "
                    + (viewer.role() == Role.DISPLAY ? "board" : "tablet"));
        }
        return viewer;
    }

    Row row(EscalationView v, Instant now) {
        List<Action> actions = v.allowedActions() == null ? List.of()
                : v.allowedActions().stream().map(EscalationAction::byId)
                        .map(a -> new Action(a.id, a.label, a.needsText)).toList();
        return new Row(v.id(), v.ward(), v.wardName(), v.csuName(), v.title(), v.detail(), v.category().label,
                v.severity().label, v.severity() == Severity.URGENT, v.tier(), v.state().label, v.state().css(),
                v.owner(), moment(v.raisedAt()) + (v.raisedBy() == null ? "" : " by " + v.raisedBy()),
                age(Duration.between(v.raisedAt(), now)), v.overdue(), v.overdueReason(), due(v, now), v.answer(),
                v.answeredBy(), actions, actions.stream().anyMatch(Action::needsText), v.version());
    }

    private record Target(String what, Instant by) {
    }

    /** The next target still ahead, as "Acknowledge by 14:05 (in 1 h 20 min)"; null when none runs. */
    private String due(EscalationView v, Instant now) {
        if (!v.state().waitingOnTier() || v.overdue()) {
            return null;
        }
        List<Target> targets = new ArrayList<>();
        if (v.acknowledgedAt() == null && v.acknowledgeBy() != null) {
            targets.add(new Target("Acknowledge", v.acknowledgeBy()));
        }
        if (v.answeredAt() == null && v.answerBy() != null) {
            targets.add(new Target("Answer", v.answerBy()));
        }
        if (v.resolveBy() != null) {
            targets.add(new Target("Resolve", v.resolveBy()));
        }
        return targets.stream().filter(t -> t.by().isAfter(now)).min(Comparator.comparing(Target::by))
                .map(t -> t.what() + " by " + when(t.by(), now) + " (in " + age(Duration.between(now, t.by())) + ")")
                .orElse(null);
    }

    private String when(Instant at, Instant now) {
        LocalDate day = clock.dayOf(at);
        return day.equals(clock.dayOf(now)) ? TIME.format(at.atZone(clock.zone()))
                : MOMENT.format(at.atZone(clock.zone()));
    }

    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return minutes / (24 * 60) + " days";
    }

    private String moment(Instant at) {
        return at == null ? null : Moments.words(at, clock.zone(), clock.now());
    }

    static String actionLabel(String action) {
        if ("raise".equals(action)) {
            return "Raised";
        }
        EscalationAction a = EscalationAction.byId(action);
        return a == null ? action : a.label;
    }

    private static String sideLabel(Side side) {
        return switch (side) {
            case WARD -> "Ward";
            case RECEIVING_TIER -> "Receiving tier";
            case ONLOOKER -> "Onlooker";
            case READER -> "Reader";
        };
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, E chosen, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v), v == chosen)).toList();
    }
}
