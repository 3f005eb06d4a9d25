package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Person;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.TextFields;
import org.huddleboard.ward.Ward;

/**
 * Raising escalations and acting on them, each change through {@link EscalationChanges}. Who
 * may do what is {@link EscalationAction#allowed}; this finds the caller's {@link Side} and
 * refuses the rest: 403 for an action the caller's side never takes, 409 for one it may take
 * in another state, naming in both what is allowed now.
 */
@ApplicationScoped
@Transactional
public class EscalationService {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 40;

    @Inject
    EscalationChanges changes;
    @Inject
    Event<EscalationArrived> arrived;

    // --- Reading -------------------------------------------------------------------------------

    public EscalationView get(Viewer viewer, String id) {
        Escalation e = readable(viewer, id);
        return withAllowed(viewer, e);
    }

    public List<TimelineLine> timeline(Viewer viewer, String id) {
        return EscalationEvent.timeline(readable(viewer, id)).stream().map(TimelineLine::of).toList();
    }

    /** The ward's escalations not yet closed, oldest first, with what the caller may do with each. */
    public List<EscalationView> forWard(Viewer viewer, String wardCode) {
        Ward ward = Access.readable(viewer, wardCode, "You may not see the escalations of ward " + wardCode);
        return Escalation.notClosed(ward).stream().map(e -> withAllowed(viewer, e)).toList();
    }

    /**
     * The ward's closed escalations it may still reopen (answered within {@link EscalationAction#REOPEN_DAYS}
     * days), latest answer first; for the tablet, where a closed one is otherwise gone.
     */
    public List<EscalationView> reopenable(Viewer viewer, String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        Instant since = changes.now().minus(Duration.ofDays(EscalationAction.REOPEN_DAYS));
        return Escalation.closedSince(ward, since).stream().map(e -> withAllowed(viewer, e))
                .filter(v -> v.allowedActions().contains(EscalationAction.REOPEN.id)).toList();
    }

    /** Overdue first, then urgent before routine, then oldest first. */
    public static final Comparator<EscalationView> WORST_FIRST = Comparator
            .comparing((EscalationView v) -> !v.overdue())
            .thenComparing(EscalationView::severity)
            .thenComparing(EscalationView::raisedAt)
            .thenComparing(EscalationView::id);

    EscalationView withAllowed(Viewer viewer, Escalation e) {
        Side side = side(viewer, e);
        List<String> allowed = allowedNow(e, side).stream().map(a -> a.id).toList();
        return changes.view(e).withAllowed(allowed);
    }

    // --- Changing ------------------------------------------------------------------------------

    public EscalationView raise(Viewer viewer, String wardCode, RaiseRequest request) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        if (!viewer.canWrite(ward)) {
            throw ApiProblem.forbidden(viewer.role() == Role.DISPLAY ? "A wall screen cannot raise an escalation"
                    : "Only ward " + wardCode + "'s tablets and leads may raise its escalations");
        }
        org.huddleboard.access.Access.refuseRetired(ward);
        RaiseRequest r = Params.body(request);
        String title = TextFields.required("title", r.title(), MAX_TITLE);
        String detail = TextFields.requiredLines("detail", r.detail(), MAX_TEXT);
        if (r.category() == null) {
            throw ApiProblem.invalid("category", "is required: one of " + Params.names(EscalationCategory.class));
        }
        if (r.severity() == null) {
            throw ApiProblem.invalid("severity", "is required: URGENT or ROUTINE");
        }
        String raisedBy = TextFields.optional("raisedBy", r.raisedBy(), MAX_NAME);
        String enteredBy = TextFields.optional("enteredBy", r.enteredBy(), MAX_NAME);
        long boardVersion = changes.lock(ward);
        Instant now = changes.now();
        Escalation e = new Escalation();
        e.ward = ward;
        e.title = title;
        e.detail = detail;
        e.category = r.category();
        e.severity = r.severity();
        e.raisedBy = raisedBy;
        e.raisedAt = now;
        e.tier = 2;
        e.state = EscalationState.OPEN;
        EscalationView after = changes.saved(viewer, enteredBy, e, boardVersion, "raise", Side.WARD, null, now, null);
        arrived.fire(new EscalationArrived(after));
        return after.withAllowed(allowedNow(e, Side.WARD).stream().map(a -> a.id).toList());
    }

    public EscalationView act(Viewer viewer, String id, ActionRequest request) {
        ActionRequest r = Params.body(request);
        EscalationAction action = EscalationAction.byId(r.action());
        if (action == null) {
            throw ApiProblem.invalid("action", "must be one of " + Arrays.stream(EscalationAction.values())
                    .map(a -> a.id).collect(Collectors.joining(", ")));
        }
        String text = action.needsText ? TextFields.requiredLines("text", r.text(), MAX_TEXT)
                : TextFields.optionalLines("text", r.text(), MAX_TEXT);
        String enteredBy = TextFields.optional("enteredBy", r.enteredBy(), MAX_NAME);
        Escalation e = readable(viewer, id);
        long boardVersion = changes.lockAndCheck(e, r.version());
        Side side = side(viewer, e);
        refuseUnlessAllowed(e, side, action);
        EscalationView before = changes.view(e);
        Instant now = changes.now();
        apply(e, action, viewer, text, now);
        EscalationView after = changes.saved(viewer, enteredBy, e, boardVersion, action.id, side, text, now, before);
        if (action == EscalationAction.ESCALATE) {
            arrived.fire(new EscalationArrived(after));
        }
        return after.withAllowed(allowedNow(e, side).stream().map(a -> a.id).toList());
    }

    private void apply(Escalation e, EscalationAction action, Viewer viewer, String text, Instant now) {
        Person person = viewer.isDevice() ? null : Person.findById(viewer.id());
        e.apply(action, person, person == null ? viewer.name() : person.displayName, text, now);
    }

    // --- Who may do what -----------------------------------------------------------------------

    /** The caller's side of this escalation; they can read it (checked before). */
    static Side side(Viewer viewer, Escalation e) {
        Ward ward = e.ward;
        if (viewer.canWrite(ward)) {
            return Side.WARD;
        }
        if (viewer.role() == Role.MANAGER && viewer.csus().contains(ward.csu.code)) {
            return e.tier == 2 ? Side.RECEIVING_TIER : Side.ONLOOKER;
        }
        if (viewer.role() == Role.EXECUTIVE) {
            return e.tier == EscalationAction.TOP_TIER ? Side.RECEIVING_TIER : Side.ONLOOKER;
        }
        return Side.READER;
    }

    /** The table's answer, less a reopen past its window. */
    Set<EscalationAction> allowedNow(Escalation e, Side side) {
        Set<EscalationAction> allowed = EscalationAction.allowed(e.state, side, e.tier);
        if (allowed.contains(EscalationAction.REOPEN) && !reopenable(e)) {
            allowed.remove(EscalationAction.REOPEN);
        }
        return allowed;
    }

    private boolean reopenable(Escalation e) {
        return e.resolvedAt != null && Duration.between(e.resolvedAt, changes.now())
                .compareTo(Duration.ofDays(EscalationAction.REOPEN_DAYS)) <= 0;
    }

    private void refuseUnlessAllowed(Escalation e, Side side, EscalationAction action) {
        Set<EscalationAction> allowed = allowedNow(e, side);
        if (allowed.contains(action)) {
            return;
        }
        String now = allowed.isEmpty() ? "nothing"
                : allowed.stream().map(a -> a.id).collect(Collectors.joining(", "));
        boolean everTakes = Arrays.stream(EscalationState.values())
                .anyMatch(s -> EscalationAction.allowed(s, side, e.tier).contains(action));
        String who = describe(side, e);
        if (!everTakes) {
            throw ApiProblem.forbidden("You cannot " + action.id + " this escalation: " + who + " may do " + now
                    + " while it is " + e.state.label.toLowerCase() + " at tier " + e.tier);
        }
        String why = action == EscalationAction.REOPEN && e.state != EscalationState.OPEN
                && e.state != EscalationState.ACKNOWLEDGED
                        ? " (a ward may reopen only within " + EscalationAction.REOPEN_DAYS + " days of the answer)"
                        : "";
        throw ApiProblem.conflict("An escalation that is " + e.state.label.toLowerCase() + " at tier " + e.tier
                + " cannot be given " + action.id + why + "; " + who + " may do " + now, changes.view(e));
    }

    private static String describe(Side side, Escalation e) {
        return switch (side) {
            case WARD -> "the ward";
            case RECEIVING_TIER -> e.tier == 2 ? "the CSU's managers" : "the executives";
            case ONLOOKER -> "a leader it is not with";
            case READER -> "a reader";
        };
    }

    // --- Checks --------------------------------------------------------------------------------

    /** The escalation of that id, if the caller may see it: 400 for a bad id, 404 unknown, 403 outside scope. */
    static Escalation readable(Viewer viewer, String id) {
        Escalation e = Escalation.findWithWard(Params.id(id, "an escalation number"))
                .orElseThrow(() -> ApiProblem.notFound("Escalation " + id));
        if (!viewer.canRead(e.ward)) {
            throw ApiProblem.forbidden("You may not see escalation " + id);
        }
        return e;
    }

    static List<EscalationView> sorted(List<EscalationView> views) {
        List<EscalationView> out = new ArrayList<>(views);
        out.sort(WORST_FIRST);
        return out;
    }
}
