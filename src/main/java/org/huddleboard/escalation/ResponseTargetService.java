package org.huddleboard.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Problem;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.ward.Ward;

/** The escalation response-time targets an admin sets per severity; the page and the API both come here. */
@ApplicationScoped
@Transactional
public class ResponseTargetService {

    /** The kind of {@link BoardChanged}: one the boards do not know, so every region is drawn again. */
    static final String KIND = "response-targets";

    @Inject
    ResponseTargets targets;
    @Inject
    Audit audit;
    @Inject
    Event<ResponseTargetsChanged> changed;
    @Inject
    Event<BoardChanged> boards;

    public List<ResponseTargetView> list() {
        return targets.inForce().stream().map(ResponseTargetView::of).toList();
    }

    public ResponseTargetView update(Viewer viewer, String severityName, ResponseTargetRequest request) {
        if (viewer.role() != Role.ADMIN) {
            throw ApiProblem.forbidden("Only an administrator may change the escalation response-time targets");
        }
        Severity severity = severity(severityName);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        ResponseTargets.Target acknowledge = parse("acknowledge", request.acknowledge(), errors);
        ResponseTargets.Target answer = parse("answer", request.answer(), errors);
        ResponseTargets.Target resolve = parse("resolve", request.resolve(), errors);
        if (request.version() == null) {
            errors.add(new Problem.FieldError("version",
                    "is required: send the version of the targets you loaded (0 while the configured ones apply)"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        ResponseTarget row = ResponseTarget.findForUpdate(severity).orElse(null);
        ResponseTargetView before = current(severity);
        // 0 while the configured targets apply, so the row's first version shown is 1.
        int stored = row == null ? 0 : row.version + 1;
        if (request.version() != stored) {
            throw ApiProblem.conflict("The " + severity.label.toLowerCase(Locale.ROOT) + " targets were changed by"
                    + " someone else since you loaded them (now version " + stored + "); check them as they are now"
                    + " and try again", before);
        }
        if (row == null) {
            row = new ResponseTarget();
            row.severity = severity;
        }
        row.acknowledgeWithin = acknowledge.text();
        row.answerWithin = answer.text();
        row.resolveWithin = resolve.text();
        row.persist();
        ResponseTarget.flush();
        ResponseTargets.Stored now = ResponseTargets.stored(row);
        ResponseTargetView after = ResponseTargetView.of(new ResponseTargets.InForce(severity, now.targets(), "stored",
                now.version()));
        audit.record(viewer, null, null, "response-targets.updated", "response targets " + after.severity(), before,
                after);
        changed.fire(new ResponseTargetsChanged(severity, now));
        // What is overdue on every board may change; wards locked in id order, as every multi-ward change does.
        for (Ward ward : Ward.<Ward> list("retiredAt is null order by id")) {
            boards.fire(new BoardChanged(ward.code, Ward.nextBoardVersion(ward), KIND, after));
        }
        return after;
    }

    private ResponseTargetView current(Severity severity) {
        return list().stream().filter(v -> v.severity().equals(severity.name().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow();
    }

    private static Severity severity(String name) {
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw ApiProblem.notFound("Severity " + name);
    }

    private static ResponseTargets.Target parse(String field, String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required: a duration like PT2H, next-huddle or none"));
            return null;
        }
        if (text.length() > 20) {
            errors.add(new Problem.FieldError(field, "must be at most 20 characters"));
            return null;
        }
        try {
            return ResponseTargets.Target.parse(field, text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, e.getMessage().substring(field.length() + 1)));
            return null;
        }
    }
}
