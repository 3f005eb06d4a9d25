package org.huddleboard.huddle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/** The actions a ward agrees at its huddles: agree, correct, close (done or dropped) and reopen. */
@ApplicationScoped
@Transactional
public class ActionService {

    static final int MAX_TEXT = 200;
    static final int MAX_NAME = 40;
    /** Due within a year: further off is not a huddle action. */
    static final int MAX_DUE_DAYS = 366;

    @Inject
    WardChanges changes;
    @Inject
    TrustClock clock;

    public List<ActionView> list(Viewer viewer, String wardCode, String state) {
        Ward ward = changes.readable(viewer, wardCode);
        LocalDate today = clock.today();
        String which = state == null || state.isBlank() ? "open" : state.strip();
        List<HuddleAction> actions = switch (which) {
            case "open" -> HuddleAction.open(ward);
            case "all" -> HuddleAction.list("ward = ?1 order by createdAt desc, id desc", ward);
            default -> throw ApiProblem.invalid("state", "must be open or all");
        };
        return actions.stream().map(a -> ActionView.of(a, today)).toList();
    }

    public ActionView get(Viewer viewer, String wardCode, String id) {
        return view(find(changes.readable(viewer, wardCode), id));
    }

    public ActionView create(Viewer viewer, String wardCode, ActionRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        HuddleAction a = new HuddleAction();
        apply(a, request);
        if (request.huddleId() != null) {
            Huddle h = Huddle.findById(request.huddleId());
            if (h == null || !h.ward.id.equals(ward.id)) {
                throw ApiProblem.invalid("huddleId", "is not a huddle of ward " + wardCode);
            }
            a.huddle = h;
        }
        long boardVersion = changes.lock(ward);
        a.ward = ward;
        a.createdAt = changes.now();
        a.createdOn = clock.dayOf(a.createdAt);
        a.state = ActionState.OPEN;
        a.persistAndFlush();
        ActionView after = view(a);
        changes.saved(viewer, null, ward, boardVersion, WardChanges.ACTION, "huddle-action.created", subject(a), null,
                after);
        return after;
    }

    public ActionView update(Viewer viewer, String wardCode, String id, ActionRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        HuddleAction a = find(ward, id);
        long boardVersion = changes.lock(ward);
        HuddleAction.getEntityManager().refresh(a);
        WardChanges.checkVersion(request.version(), a.version, "action", view(a));
        if (a.state != ActionState.OPEN) {
            throw ApiProblem.conflict("This action is " + a.state.label.toLowerCase() + "; reopen it to change it",
                    view(a));
        }
        ActionView before = view(a);
        apply(a, request);
        a.persistAndFlush();
        ActionView after = view(a);
        changes.saved(viewer, null, ward, boardVersion, WardChanges.ACTION, "huddle-action.edited", subject(a),
                before, after);
        return after;
    }

    /** Done, dropped or open again (reopen). */
    public ActionView move(Viewer viewer, String wardCode, String id, ActionState to, VersionRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        String by = PublicText.check("by", TextFields.optional("by", request.by(), MAX_NAME));
        HuddleAction a = find(ward, id);
        long boardVersion = changes.lock(ward);
        HuddleAction.getEntityManager().refresh(a);
        WardChanges.checkVersion(request.version(), a.version, "action", view(a));
        boolean allowed = to == ActionState.OPEN ? a.state != ActionState.OPEN : a.state == ActionState.OPEN;
        if (!allowed) {
            throw ApiProblem.conflict("This action is already " + a.state.label.toLowerCase(), view(a));
        }
        ActionView before = view(a);
        a.state = to;
        a.closedAt = to == ActionState.OPEN ? null : changes.now();
        a.closedBy = to == ActionState.OPEN ? null : by;
        a.persistAndFlush();
        ActionView after = view(a);
        String action = switch (to) {
            case DONE -> "huddle-action.done";
            case DROPPED -> "huddle-action.dropped";
            case OPEN -> "huddle-action.reopened";
        };
        changes.saved(viewer, by, ward, boardVersion, WardChanges.ACTION, action, subject(a), before, after);
        return after;
    }

    private ActionView view(HuddleAction a) {
        return ActionView.of(a, clock.today());
    }

    private void apply(HuddleAction a, ActionRequest request) {
        a.text = PublicText.check("text", TextFields.required("text", request.text(), MAX_TEXT));
        a.owner = PublicText.check("owner", TextFields.required("owner", request.owner(), MAX_NAME));
        if (request.dueDate() == null || request.dueDate().isBlank()) {
            throw ApiProblem.invalid("dueDate", "is required: the day it should be done by");
        }
        LocalDate due = Params.date("dueDate", request.dueDate().strip());
        LocalDate today = clock.today();
        boolean unchanged = due.equals(a.dueDate);
        if (!unchanged && due.isBefore(today)) {
            throw ApiProblem.invalid("dueDate", "is before today (" + today + " in trust time)");
        }
        if (!unchanged && ChronoUnit.DAYS.between(today, due) > MAX_DUE_DAYS) {
            throw ApiProblem.invalid("dueDate", "must be within a year");
        }
        a.dueDate = due;
    }

    private static HuddleAction find(Ward ward, String id) {
        HuddleAction a = HuddleAction.findById(Params.id(id, "an action number"));
        if (a == null || !a.ward.id.equals(ward.id)) {
            throw ApiProblem.notFound("Action " + id + " on ward " + ward.code);
        }
        return a;
    }

    static String subject(HuddleAction a) {
        return "action " + a.id;
    }
}
