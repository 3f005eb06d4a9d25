package org.huddleboard.commitment;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.measure.WardMeasure;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;

/** The trust's annual commitments: admins create, change and retire them; the page and the API both come here. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(/[0-9]{2})?");

    @Inject
    Audit audit;
    @Inject
    TrustClock clock;

    public List<CommitmentView> list() {
        return Commitment.listCurrent().stream().map(CommitmentView::of).toList();
    }

    public CommitmentView create(Viewer viewer, CommitmentRequest request) {
        requireAdmin(viewer);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String code = code(request.code());
        Commitment c = new Commitment();
        c.code = code;
        fill(c, request);
        if (Commitment.findByCode(code).isPresent()) {
            throw ApiProblem.conflict("The code " + code + " is taken (codes of retired commitments are never reused)",
                    null);
        }
        c.persist();
        Commitment.flush();
        CommitmentView after = CommitmentView.of(c);
        audit.record(viewer, null, null, "commitment.created", "commitment " + code, null, after);
        return after;
    }

    public CommitmentView update(Viewer viewer, String code, CommitmentRequest request) {
        requireAdmin(viewer);
        Commitment c = current(code);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        if (request.code() != null && !request.code().equals(c.code)) {
            throw ApiProblem.invalid("code", "cannot change: a commitment keeps its code");
        }
        checkVersion(request.version(), c);
        CommitmentView before = CommitmentView.of(c);
        fill(c, request);
        Commitment.flush();
        CommitmentView after = CommitmentView.of(c);
        audit.record(viewer, null, null, "commitment.updated", "commitment " + c.code, before, after);
        return after;
    }

    /** Off every list; the row, its code and its history stay. */
    public CommitmentView retire(Viewer viewer, String code, Integer version) {
        requireAdmin(viewer);
        Commitment c = current(code);
        checkVersion(version, c);
        CommitmentView before = CommitmentView.of(c);
        c.retiredAt = clock.now();
        // Its ward measures serve no commitment from now on (the confirm page said so); the audit line
        // names the wards, so a lead can be told why a link went.
        List<String> wards = servingWards(c);
        int unlinked = WardMeasure.update("commitment = null where commitment = ?1", c);
        Commitment.flush();
        CommitmentView after = CommitmentView.of(c);
        audit.record(viewer, null, null, "commitment.retired", "commitment " + c.code, before,
                Map.of("commitment", after, "wardMeasuresUnlinked", unlinked, "wards", wards));
        return after;
    }

    /** The codes of the current wards whose board has a measure serving this current commitment, in code order. */
    public List<String> servingWards(String code) {
        return servingWards(current(code));
    }

    private static List<String> servingWards(Commitment c) {
        return WardMeasure.<WardMeasure>list("commitment = ?1 and removedAt is null and ward.retiredAt is null"
                + " and measure.retiredAt is null", c).stream().map(wm -> wm.ward.code).distinct().sorted().toList();
    }

    private static Commitment current(String code) {
        return Commitment.findByCode(code).filter(c -> c.retiredAt == null)
                .orElseThrow(() -> ApiProblem.notFound("Commitment " + code));
    }

    private static void requireAdmin(Viewer viewer) {
        if (viewer.role() != Role.ADMIN) {
            throw ApiProblem.forbidden("Only an administrator may change the trust's commitments");
        }
    }

    private static void checkVersion(Integer sent, Commitment c) {
        if (sent == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the commitment you loaded");
        }
        if (sent != c.version) {
            throw ApiProblem.conflict("This commitment was changed by someone else since you loaded it (now version "
                    + c.version + "); check it as it is now and try again", CommitmentView.of(c));
        }
    }

    private static String code(String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid("code", "is required");
        }
        String code = text.strip();
        if (!CODE.matcher(code).matches()) {
            throw ApiProblem.invalid("code",
                    "must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit");
        }
        return code;
    }

    private static void fill(Commitment c, CommitmentRequest r) {
        c.title = TextFields.required("title", r.title(), 120);
        c.description = TextFields.optionalLines("description", r.description(), 1000);
        String period = TextFields.optional("periodLabel", r.periodLabel(), 20);
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw ApiProblem.invalid("periodLabel", "must be a year like 2026 or 2026/27");
        }
        c.periodLabel = period;
        int order = r.sortOrder() == null ? 0 : r.sortOrder();
        if (order < 0 || order > 9999) {
            throw ApiProblem.invalid("sortOrder", "must be between 0 and 9999");
        }
        c.sortOrder = order;
    }
}
