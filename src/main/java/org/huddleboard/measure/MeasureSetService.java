package org.huddleboard.measure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.commitment.Commitment;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Problem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/**
 * Which library measures a ward's board shows, in the ward's order, with the ward's own targets.
 * A measure taken off keeps its row and its history; putting it back brings both back.
 */
@ApplicationScoped
@Transactional
public class MeasureSetService {

    public static final String KIND = "ward-setup";
    /** More than a board shows (twelve places, the rest as lines) but a bound on a request. */
    static final int MOST = 40;

    @Inject
    Audit audit;
    @Inject
    TrustClock clock;
    @Inject
    Event<BoardChanged> changes;

    public MeasureSetView get(Viewer viewer, String wardCode) {
        return view(Access.readable(viewer, wardCode, "You may not see ward " + wardCode));
    }

    public MeasureSetView put(Viewer viewer, String wardCode, MeasureSetRequest request) {
        Ward ward = Access.readable(viewer, wardCode, "You may not see ward " + wardCode);
        Access.requireLead(viewer, ward, "Only the ward's leads and admins choose the measures on its board");
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        if (request.version() == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the measure set you loaded");
        }
        if (request.measures() == null) {
            throw ApiProblem.invalid("measures", "is required: the list of measures on the board, in order");
        }
        if (request.measures().isEmpty()) {
            // One request must never blank a live board; a ward whose board is no longer kept is retired instead.
            throw ApiProblem.invalid("measures", "must hold at least one measure (to take a ward's board away, retire"
                    + " the ward)");
        }
        if (request.measures().size() > MOST) {
            throw ApiProblem.invalid("measures", "may hold at most " + MOST + " measures");
        }
        List<MeasureDefinition> chosen = check(request.measures());
        List<Commitment> serves = commitments(request.measures());
        long boardVersion = Ward.nextBoardVersion(ward);
        if (request.version() != ward.settingsVersion) {
            throw ApiProblem.conflict("The measures on this ward's board were changed since you loaded them (now version "
                    + ward.settingsVersion + "); check them as they are now and try again", view(ward));
        }
        MeasureSetView before = view(ward);
        Map<Long, WardMeasure> rows = new HashMap<>();
        for (WardMeasure wm : WardMeasure.<WardMeasure>list("ward", ward)) {
            rows.put(wm.measure.id, wm);
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            MeasureDefinition m = chosen.get(i);
            MeasureSetRequest.Item item = request.measures().get(i);
            WardMeasure wm = rows.get(m.id);
            if (wm == null) {
                wm = new WardMeasure();
                wm.ward = ward;
                wm.measure = m;
            }
            wm.removedAt = null;
            wm.sortOrder = i;
            wm.target = item.target();
            wm.amberThreshold = item.amberThreshold();
            wm.safetyCross = Boolean.TRUE.equals(item.safetyCross());
            wm.commitment = serves.get(i);
            wm.persist();
            kept.add(m.id);
        }
        for (WardMeasure wm : rows.values()) {
            if (!kept.contains(wm.measure.id) && wm.removedAt == null) {
                wm.removedAt = now;
            }
        }
        ward.settingsVersion++;
        WardMeasure.flush();
        MeasureSetView after = view(ward);
        audit.record(viewer, null, ward.code, "ward.measures", "ward " + ward.code, before, after);
        changes.fire(new BoardChanged(ward.code, boardVersion, KIND, after));
        return after;
    }

    /** Every item's library measure, or a refusal naming each wrong field. */
    private static List<MeasureDefinition> check(List<MeasureSetRequest.Item> items) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<MeasureDefinition> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "measures[" + i + "]";
            MeasureSetRequest.Item item = items.get(i);
            if (item == null || item.measure() == null || item.measure().isBlank()) {
                errors.add(new Problem.FieldError(at + ".measure", "is required: a measure's key from the library"));
                found.add(null);
                continue;
            }
            MeasureDefinition m = MeasureDefinition.findByKey(item.measure()).orElse(null);
            found.add(m);
            if (m == null) {
                errors.add(new Problem.FieldError(at + ".measure", "is not in the trust's measure library"));
                continue;
            }
            if (m.retiredAt != null) {
                errors.add(new Problem.FieldError(at + ".measure", "was retired from the library"));
                continue;
            }
            if (!seen.add(m.key)) {
                errors.add(new Problem.FieldError(at + ".measure", "is already on the list"));
            }
            if (Boolean.TRUE.equals(item.safetyCross()) && !m.countsHarm()) {
                errors.add(new Problem.FieldError(at + ".safetyCross",
                        "is only for a count of harm with a target of none (such as falls)"));
            }
            errors.addAll(targetErrors(at, m, item.target(), item.amberThreshold()));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return found;
    }

    /** Each item's commitment (null for none), or a refusal naming each unknown or retired one. */
    private static List<Commitment> commitments(List<MeasureSetRequest.Item> items) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Commitment> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i).commitment();
            Commitment c = code == null || code.isBlank() ? null : Commitment.findByCode(code.strip()).orElse(null);
            if (code != null && !code.isBlank() && (c == null || c.retiredAt != null)) {
                errors.add(new Problem.FieldError("measures[" + i + "].commitment", c == null
                        ? "is not one of the trust's commitments" : "was retired: pick a current commitment or none"));
            }
            found.add(c);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return found;
    }

    private static List<Problem.FieldError> targetErrors(String at, MeasureDefinition m, Double target, Double amber) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String range = "must be from " + ValueText.of(m.minValue) + " to " + ValueText.of(m.maxValue) + " for " + m.name;
        for (Map.Entry<String, Double> f : Map.of("target", target == null ? m.target : target, "amberThreshold",
                amber == null ? m.amberThreshold : amber).entrySet()) {
            double v = f.getValue();
            if (!Double.isFinite(v) || v < m.minValue || v > m.maxValue) {
                errors.add(new Problem.FieldError(at + "." + f.getKey(), range));
            }
        }
        double t = target == null ? m.target : target;
        double a = amber == null ? m.amberThreshold : amber;
        boolean higher = m.direction == Direction.HIGHER_IS_BETTER;
        if (errors.isEmpty() && (higher ? a > t : a < t)) {
            errors.add(new Problem.FieldError(at + ".amberThreshold", "must be " + (higher ? "at or below" : "at or above")
                    + " the target (" + ValueText.of(t) + "): " + (higher ? "higher" : "lower") + " is better for "
                    + m.name));
        }
        return errors;
    }

    private static MeasureSetView view(Ward ward) {
        return new MeasureSetView(ward.code, ward.settingsVersion,
                WardMeasure.<WardMeasure>list("ward = ?1 and removedAt is null and measure.retiredAt is null"
                        + " order by sortOrder", ward).stream().map(MeasureSetView.Item::of).toList());
    }

    /** A number as people write it: 3, not 3.0. */
    static final class ValueText {
        static String of(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
