package org.huddleboard.measure;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/**
 * The trust's measure library: what each measure is, its range, default target and threshold and
 * how to count it. Wards pick from it; a change reaches every ward that shows the measure.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    @Inject
    Audit audit;
    @Inject
    TrustClock clock;
    @Inject
    Event<BoardChanged> changes;

    public List<LibraryView> list() {
        return MeasureDefinition.<MeasureDefinition>list("order by retiredAt nulls first, category, name").stream()
                .map(LibraryView::of).toList();
    }

    public LibraryView get(String key) {
        return LibraryView.of(find(key));
    }

    public LibraryView create(Viewer viewer, LibraryRequest request) {
        requireAdmin(viewer);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String key = request.key() == null ? "" : request.key().strip();
        if (!key.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw ApiProblem.invalid("key", "must be 2 to 40 lower-case letters, digits or dashes, e.g. falls");
        }
        if (MeasureDefinition.findByKey(key).isPresent()) {
            throw ApiProblem.conflict("The key " + key + " is taken (keys are never reused, even once retired)", null);
        }
        MeasureDefinition m = new MeasureDefinition();
        m.key = key;
        apply(m, request, true);
        m.persist();
        LibraryView after = LibraryView.of(m);
        audit.record(viewer, null, null, "measure.created", "measure " + key, null, after);
        return after;
    }

    public LibraryPreview preview(Viewer viewer, String key, LibraryRequest request) {
        requireAdmin(viewer);
        MeasureDefinition m = find(key);
        MeasureDefinition proposed = copy(m);
        apply(proposed, request, false);
        return new LibraryPreview(key, affected(m).stream().map(wm -> effect(wm, m, proposed)).toList());
    }

    public LibraryView update(Viewer viewer, String key, LibraryRequest request) {
        requireAdmin(viewer);
        MeasureDefinition m = find(key);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        checkVersion(m, request.version());
        LibraryView before = LibraryView.of(m);
        List<WardMeasure> wards = affected(m);
        List<Long> versions = lock(wards);
        apply(m, request, false);
        m.version++;
        LibraryView after = LibraryView.of(m);
        audit.record(viewer, null, null, "measure.changed", "measure " + key, before, after);
        fire(wards, versions, after);
        return after;
    }

    public LibraryView retire(Viewer viewer, String key, Integer version) {
        requireAdmin(viewer);
        MeasureDefinition m = find(key);
        if (m.retiredAt != null) {
            throw ApiProblem.conflict("Measure " + key + " is already retired", LibraryView.of(m));
        }
        checkVersion(m, version);
        LibraryView before = LibraryView.of(m);
        List<WardMeasure> wards = affected(m);
        List<Long> versions = lock(wards);
        m.retiredAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        m.version++;
        LibraryView after = LibraryView.of(m);
        audit.record(viewer, null, null, "measure.retired", "measure " + key, before, after);
        fire(wards, versions, after);
        return after;
    }

    private static void requireAdmin(Viewer viewer) {
        if (viewer.role() != Role.ADMIN) {
            throw ApiProblem.forbidden("Only admins change the trust's measure library; a ward's leads choose"
                    + " their ward's measures and targets on its own page");
        }
    }

    private static MeasureDefinition find(String key) {
        return MeasureDefinition.findByKey(key).orElseThrow(() -> ApiProblem.notFound("Measure " + key));
    }

    private static void checkVersion(MeasureDefinition m, Integer sent) {
        if (sent == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the measure you loaded");
        }
        if (sent != m.version) {
            throw ApiProblem.conflict("Measure " + m.key + " was changed since you loaded it (now version " + m.version
                    + "); check it as it is now and try again", LibraryView.of(m));
        }
    }

    /** Live wards showing it, in ward id order: the order their boards are locked in, so two changes never deadlock. */
    private static List<WardMeasure> affected(MeasureDefinition m) {
        return WardMeasure.list("measure = ?1 and removedAt is null and ward.retiredAt is null order by ward.id", m);
    }

    private static List<Long> lock(List<WardMeasure> wards) {
        List<Long> versions = new ArrayList<>();
        for (WardMeasure wm : wards) {
            versions.add(Ward.nextBoardVersion(wm.ward));
        }
        return versions;
    }

    private void fire(List<WardMeasure> wards, List<Long> versions, LibraryView after) {
        for (int i = 0; i < wards.size(); i++) {
            changes.fire(new BoardChanged(wards.get(i).ward.code, versions.get(i), MeasureSetService.KIND, after));
        }
    }

    private static LibraryPreview.Ward effect(WardMeasure wm, MeasureDefinition now, MeasureDefinition proposed) {
        boolean own = wm.target != null || wm.amberThreshold != null;
        boolean targetMoves = now.target != proposed.target || now.amberThreshold != proposed.amberThreshold;
        String effect;
        if (proposed.retiredAt != null) {
            effect = "taken off its board";
        } else if (targetMoves && !own) {
            effect = "uses the library's target: its status is judged against the new one";
        } else if (targetMoves) {
            effect = "has its own target: only its name, unit, range or how to count change";
        } else {
            effect = "shows the new name, unit, range or how to count";
        }
        return new LibraryPreview.Ward(wm.ward.code, wm.ward.name, own, effect);
    }

    private static MeasureDefinition copy(MeasureDefinition m) {
        MeasureDefinition c = new MeasureDefinition();
        c.key = m.key;
        c.name = m.name;
        c.category = m.category;
        c.unit = m.unit;
        c.kind = m.kind;
        c.direction = m.direction;
        c.minValue = m.minValue;
        c.maxValue = m.maxValue;
        c.target = m.target;
        c.amberThreshold = m.amberThreshold;
        c.howToCount = m.howToCount;
        c.id = m.id;
        return c;
    }

    /** Checks every field, then sets them; nothing is set if any is wrong. */
    private static void apply(MeasureDefinition m, LibraryRequest r, boolean created) {
        if (r == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String name = PublicText.check("name", TextFields.required("name", r.name(), 120));
        String unit = PublicText.check("unit", TextFields.optional("unit", r.unit(), 20));
        String how = TextFields.optional("howToCount", r.howToCount(), 1000);
        Category category = choice(Category.class, "category", r.category());
        Kind kind = choice(Kind.class, "kind", r.kind());
        Direction direction = choice(Direction.class, "direction", r.direction());
        if (!created && kind != m.kind && MeasureEntry.count("measure.id", m.id) > 0) {
            throw ApiProblem.invalid("kind", "cannot change once values are recorded: they were checked as "
                    + m.kind.name().toLowerCase(Locale.ROOT).replace('_', '/') + " values");
        }
        double min = number("minValue", r.minValue());
        double max = number("maxValue", r.maxValue());
        double target = number("target", r.target());
        double amber = number("amberThreshold", r.amberThreshold());
        double[] limits = switch (kind) {
            case YES_NO -> new double[] { 0, 1 };
            // A fill rate can pass 100% (more staff than planned): a percentage may reach 1,000.
            case PERCENTAGE -> new double[] { 0, 1000 };
            case COUNT -> new double[] { 0, 1_000_000 };
            case NUMBER -> new double[] { -1_000_000_000, 1_000_000_000 };
        };
        if (min < limits[0] || min > limits[1]) {
            throw ApiProblem.invalid("minValue", "must be from " + EntryValues.plain(limits[0]) + " to "
                    + EntryValues.plain(limits[1]) + " for a " + kind.name().toLowerCase(Locale.ROOT).replace('_', '/'));
        }
        if (max < min || max > limits[1]) {
            throw ApiProblem.invalid("maxValue", "must be from the least value (" + EntryValues.plain(min) + ") to "
                    + EntryValues.plain(limits[1]));
        }
        if (target < min || target > max) {
            throw ApiProblem.invalid("target", "must be inside the range, " + EntryValues.plain(min) + " to "
                    + EntryValues.plain(max));
        }
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (amber < min || amber > max || (higher ? amber > target : amber < target)) {
            throw ApiProblem.invalid("amberThreshold", "must be inside the range and " + (higher ? "at or below"
                    : "at or above") + " the target (" + EntryValues.plain(target) + "): " + (higher ? "higher"
                            : "lower") + " is better");
        }
        if (!created) {
            Object[] seen = MeasureEntry.getEntityManager().createQuery(
                    "select min(e.value), max(e.value) from MeasureEntry e where e.measure.id = ?1", Object[].class)
                    .setParameter(1, m.id).getSingleResult();
            if (seen[0] != null && ((Double) seen[0] < min || (Double) seen[1] > max)) {
                throw ApiProblem.invalid(((Double) seen[0] < min) ? "minValue" : "maxValue",
                        "must keep the values already recorded inside the range (they run from "
                                + EntryValues.plain((Double) seen[0]) + " to " + EntryValues.plain((Double) seen[1]) + ")");
            }
        }
        m.name = name;
        m.unit = unit == null ? "" : unit;
        m.howToCount = how;
        m.category = category;
        m.kind = kind;
        m.direction = direction;
        m.minValue = min;
        m.maxValue = max;
        m.target = target;
        m.amberThreshold = amber;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
    }

    private static double number(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw ApiProblem.invalid(field, "is required: a number");
        }
        return value;
    }
}
