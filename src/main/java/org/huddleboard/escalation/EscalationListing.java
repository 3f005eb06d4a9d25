package org.huddleboard.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;

/**
 * The escalations a leader sees across wards: a CSU manager their CSUs' wards, an executive or
 * admin the whole trust, a lead their wards. Filters combine; without a status filter the list
 * holds everything not yet closed. Overdue first, then urgent, then oldest.
 */
@ApplicationScoped
@Transactional
public class EscalationListing {

    /** Closed escalations are listed (status CLOSED) back this far. */
    static final Duration CLOSED_SHOWN = Duration.ofDays(90);
    static final int MAX_LISTED = 500;

    @Inject
    EscalationService escalations;
    @Inject
    EscalationChanges changes;

    /** What the list was asked for; every field optional (null: any). */
    public record Filters(String ward, String csu, Integer tier, EscalationState status, EscalationCategory category) {
    }

    public Filters filters(String ward, String csu, String tier, String status, String category) {
        Integer t = tier == null || tier.isBlank() ? null : Params.integer("tier", tier, 2, 2, EscalationAction.TOP_TIER);
        return new Filters(blankToNull(ward), blankToNull(csu), t, Params.oneOf("status", hyphens(status), EscalationState.class),
                Params.oneOf("category", hyphens(category), EscalationCategory.class));
    }

    public List<EscalationView> list(Viewer viewer, Filters f) {
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden("The escalations of many wards are for leaders; a ward's own are at "
                    + "/api/wards/{ward}/escalations");
        }
        StringBuilder q = new StringBuilder(
                "select e from Escalation e join fetch e.ward w join fetch w.csu c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        switch (viewer.role()) {
            case MANAGER -> {
                q.append(" and c.code in :csus");
                params.put("csus", viewer.csus().isEmpty() ? List.of("") : viewer.csus());
            }
            case LEAD -> {
                q.append(" and w.code in :wards");
                params.put("wards", viewer.wards().isEmpty() ? List.of("") : viewer.wards());
            }
            case EXECUTIVE, ADMIN -> {
                // the whole trust
            }
            default -> throw ApiProblem.forbidden("You may not see escalations across wards");
        }
        if (f.ward() != null) {
            q.append(" and w.code = :ward");
            params.put("ward", f.ward());
        }
        if (f.csu() != null) {
            q.append(" and c.code = :csu");
            params.put("csu", f.csu());
        }
        if (f.tier() != null) {
            q.append(" and e.tier = :tier");
            params.put("tier", f.tier());
        }
        if (f.category() != null) {
            q.append(" and e.category = :category");
            params.put("category", f.category());
        }
        if (f.status() == null) {
            q.append(" and e.state <> :closed");
            params.put("closed", EscalationState.CLOSED);
        } else {
            q.append(" and e.state = :status");
            params.put("status", f.status());
            if (f.status() == EscalationState.CLOSED) {
                q.append(" and e.closedAt >= :since");
                params.put("since", changes.now().minus(CLOSED_SHOWN));
            }
        }
        q.append(" order by e.raisedAt");
        List<Escalation> found = Escalation.find(q.toString(), params).page(0, MAX_LISTED).list();
        List<EscalationView> views = new ArrayList<>();
        for (Escalation e : found) {
            views.add(escalations.withAllowed(viewer, e));
        }
        return EscalationService.sorted(views);
    }

    /** Filters take HANDED_BACK or handed-back alike, as the page's links write them. */
    private static String hyphens(String text) {
        return text == null ? null : text.replace('-', '_');
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
