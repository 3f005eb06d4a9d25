package org.huddleboard.huddle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/** Starting, correcting and ending a ward's huddle, and reading its record. */
@ApplicationScoped
@Transactional
public class HuddleService {

    static final int MAX_NAME = 40;
    static final int MAX_NOTES = 1000;
    static final int MAX_ATTENDANCE = 99;
    static final int MAX_DAYS = 400;
    static final int FACILITATOR_DAYS = 30;

    @Inject
    WardChanges changes;
    @Inject
    TrustClock clock;
    @ConfigProperty(name = "huddle.huddles.auto-end-after", defaultValue = "PT1H")
    Duration autoEndAfter;

    public HuddleView current(Viewer viewer, String wardCode) {
        Ward ward = changes.readable(viewer, wardCode);
        return Huddle.inProgress(ward).map(this::view)
                .orElseThrow(() -> ApiProblem.notFound("A huddle in progress on ward " + wardCode));
    }

    public HuddleView get(Viewer viewer, String wardCode, String id) {
        return view(find(changes.readable(viewer, wardCode), id));
    }

    public HuddleView start(Viewer viewer, String wardCode, HuddleRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        Huddle h = new Huddle();
        apply(h, request);
        long boardVersion = changes.lock(ward);
        Huddle running = Huddle.inProgress(ward).orElse(null);
        if (running != null) {
            throw ApiProblem.conflict("A huddle is already in progress on this ward (started by "
                    + running.facilitator + "); join it or end it first", view(running));
        }
        h.ward = ward;
        h.startedAt = changes.now();
        h.date = clock.dayOf(h.startedAt);
        h.targetMinutes = ward.huddleMinutes;
        h.persistAndFlush();
        HuddleView after = view(h);
        changes.saved(viewer, h.facilitator, ward, boardVersion, WardChanges.HUDDLE, "huddle.started", subject(h),
                null, after);
        return after;
    }

    public HuddleView update(Viewer viewer, String wardCode, String id, HuddleRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        Huddle h = find(ward, id);
        long boardVersion = changes.lock(ward);
        Huddle.getEntityManager().refresh(h);
        HuddleView before = view(h);
        WardChanges.checkVersion(request.version(), h.version, "huddle", before);
        apply(h, request);
        h.persistAndFlush();
        HuddleView after = view(h);
        changes.saved(viewer, h.facilitator, ward, boardVersion, WardChanges.HUDDLE, "huddle.updated", subject(h),
                before, after);
        return after;
    }

    public HuddleView end(Viewer viewer, String wardCode, String id, VersionRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        Huddle h = find(ward, id);
        long boardVersion = changes.lock(ward);
        Huddle.getEntityManager().refresh(h);
        HuddleView before = view(h);
        if (!h.inProgress()) {
            throw ApiProblem.conflict("This huddle has already ended", before);
        }
        WardChanges.checkVersion(request.version(), h.version, "huddle", before);
        h.endedAt = changes.now();
        h.persistAndFlush();
        HuddleView after = view(h);
        changes.saved(viewer, TextFields.optional("by", request.by(), MAX_NAME), ward, boardVersion,
                WardChanges.HUDDLE, "huddle.ended", subject(h), before, after);
        return after;
    }

    /** Ends every huddle left open longer than {@code huddle.huddles.auto-end-after}; answers how many. */
    public int endForgotten() {
        Instant now = changes.now();
        int ended = 0;
        for (Huddle h : Huddle.startedBefore(now.minus(autoEndAfter))) {
            long boardVersion = changes.lock(h.ward);
            Huddle.getEntityManager().refresh(h);
            if (!h.inProgress()) {
                continue;
            }
            HuddleView before = view(h);
            h.endedAt = h.startedAt.plus(autoEndAfter);
            h.autoEnded = true;
            h.persistAndFlush();
            changes.saved(null, null, h.ward, boardVersion, WardChanges.HUDDLE, "huddle.auto-ended", subject(h),
                    before, view(h));
            ended++;
        }
        return ended;
    }

    /** One entry per trust day from {@code days - 1} days ago to today, newest first. */
    public List<HuddleDay> days(Viewer viewer, String wardCode, String daysText) {
        Ward ward = changes.readable(viewer, wardCode);
        int days = Params.integer("days", daysText, 30, 1, MAX_DAYS);
        LocalDate today = clock.today();
        LocalDate from = today.minusDays(days - 1L);
        List<Huddle> huddles = Huddle.forWard(ward, from, today);
        Map<Long, List<HuddleActivity.Count>> changed = HuddleActivity.during(ward.code, huddles, changes.now());
        Map<LocalDate, List<HuddleView>> byDay = huddles.stream().map(h -> HuddleView.of(h, changed.get(h.id)))
                .collect(Collectors.groupingBy(HuddleView::date));
        List<HuddleDay> out = new ArrayList<>();
        for (LocalDate d = today; !d.isBefore(from); d = d.minusDays(1)) {
            List<HuddleView> held = byDay.getOrDefault(d, List.of());
            out.add(new HuddleDay(d, !held.isEmpty(), held));
        }
        return out;
    }

    public List<String> facilitators(Viewer viewer, String wardCode) {
        Ward ward = changes.readable(viewer, wardCode);
        return Huddle.facilitatorsSince(ward, clock.today().minusDays(FACILITATOR_DAYS), 8);
    }

    HuddleView view(Huddle h) {
        Instant until = h.endedAt == null ? changes.now() : h.endedAt;
        return HuddleView.of(h, HuddleActivity.during(h.ward.code, h.startedAt, until));
    }

    private static Huddle find(Ward ward, String id) {
        long number = Params.id(id, "a huddle number");
        Huddle h = Huddle.findById(number);
        if (h == null || !h.ward.id.equals(ward.id)) {
            throw ApiProblem.notFound("Huddle " + id + " on ward " + ward.code);
        }
        return h;
    }

    private static void apply(Huddle h, HuddleRequest request) {
        h.facilitator = PublicText.check("facilitator", TextFields.required("facilitator", request.facilitator(),
                MAX_NAME));
        if (request.attendance() == null) {
            throw ApiProblem.invalid("attendance", "is required: how many people are at the huddle");
        }
        if (request.attendance() < 1 || request.attendance() > MAX_ATTENDANCE) {
            throw ApiProblem.invalid("attendance", "must be a whole number from 1 to " + MAX_ATTENDANCE);
        }
        h.attendance = request.attendance();
        Set<HuddleRole> roles = EnumSet.noneOf(HuddleRole.class);
        if (request.roles() != null) {
            for (String role : request.roles()) {
                HuddleRole r = Params.oneOf("roles", role, HuddleRole.class);
                if (r == null) {
                    throw ApiProblem.invalid("roles", "must be one of " + Params.names(HuddleRole.class));
                }
                roles.add(r);
            }
        }
        h.roles = HuddleRole.store(roles);
        h.notes = PublicText.check("notes", TextFields.optionalLines("notes", request.notes(), MAX_NOTES));
    }

    static String subject(Huddle h) {
        return "huddle " + h.id;
    }
}
