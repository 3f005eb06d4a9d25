package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.FigureRanges;
import org.huddleboard.ward.Ward;

/**
 * How fast escalations were answered, per CSU and per ward of the caller's scope (as
 * {@link EscalationListing}: a manager their CSUs, an executive or admin the trust, a lead their
 * wards), over the escalations raised in the last 30 or 90 days of the trust clock, today
 * included. One query reads a window; the 30-day figures of the page come from the 90-day read.
 */
@ApplicationScoped
@Transactional
public class EscalationFigures {

    public static final List<Integer> WINDOWS = FigureRanges.WINDOWS;

    @Inject
    TrustClock clock;
    @Inject
    ResponseTargets targets;

    public Figures figures(Viewer viewer, int days) {
        return windows(viewer, List.of(days)).get(0);
    }

    /** The figures of each window, from one read of the longest. */
    public List<Figures> windows(Viewer viewer, List<Integer> days) {
        List<Ward> wards = FigureRanges.scope(viewer, "Escalation figures");
        Instant now = clock.now();
        int longest = days.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Escalation> raised = raisedSince(wards, start(longest), now);
        List<Figures> out = new ArrayList<>();
        for (int d : days) {
            Instant from = start(d);
            List<Escalation> inWindow = raised.stream().filter(e -> !e.raisedAt.isBefore(from)).toList();
            out.add(figures(viewer, wards, inWindow, d, now));
        }
        return out;
    }

    private Instant start(int days) {
        return firstDay(days).atStartOfDay(clock.zone()).toInstant();
    }

    private LocalDate firstDay(int days) {
        return clock.today().minusDays(days - 1L);
    }

    private Figures figures(Viewer viewer, List<Ward> wards, List<Escalation> raised, int days, Instant now) {
        Map<String, List<Escalation>> byWard = new HashMap<>();
        Map<String, List<Escalation>> byCsu = new HashMap<>();
        for (Escalation e : raised) {
            byWard.computeIfAbsent(e.ward.code, k -> new ArrayList<>()).add(e);
            byCsu.computeIfAbsent(e.ward.csu.code, k -> new ArrayList<>()).add(e);
        }
        List<Figures.Unit> wardUnits = new ArrayList<>();
        Map<String, Figures.Unit> csuUnits = new LinkedHashMap<>();
        for (Ward w : wards) {
            csuUnits.computeIfAbsent(w.csu.code,
                    c -> unit(c, w.csu.name, null, byCsu.getOrDefault(c, List.of()), now));
            wardUnits.add(unit(w.code, w.name, w.csu.code, byWard.getOrDefault(w.code, List.of()), now));
        }
        Figures.Unit total = unit(null, totalName(viewer), null, raised, now);
        return new Figures(days, firstDay(days), now, Figures.PERCENTILES, total, List.copyOf(csuUnits.values()),
                wardUnits);
    }

    private static String totalName(Viewer viewer) {
        return switch (viewer.role()) {
            case MANAGER -> "Your CSUs";
            case LEAD -> "Your wards";
            default -> "Whole trust";
        };
    }

    private Figures.Unit unit(String code, String name, String csu, List<Escalation> raised, Instant now) {
        Map<EscalationCategory, Integer> byCategory = new EnumMap<>(EscalationCategory.class);
        for (EscalationCategory c : EscalationCategory.values()) {
            byCategory.put(c, 0);
        }
        int within = 0;
        int late = 0;
        int undecided = 0;
        for (Escalation e : raised) {
            byCategory.merge(e.category, 1, Integer::sum);
            Boolean met = targets.withinTarget(e, now);
            if (met == null) {
                undecided++;
            } else if (met) {
                within++;
            } else {
                late++;
            }
        }
        Integer percent = within + late == 0 ? null : (int) Math.round(100.0 * within / (within + late));
        return new Figures.Unit(code, name, csu, raised.size(), times(raised, e -> e.acknowledgedAt),
                times(raised, e -> e.resolvedAt), new Figures.OnTarget(within, late, undecided, percent), byCategory);
    }

    private static Figures.Times times(List<Escalation> raised, Function<Escalation, Instant> done) {
        List<Long> seconds = new ArrayList<>();
        for (Escalation e : raised) {
            Instant at = done.apply(e);
            if (at != null) {
                seconds.add(Duration.between(e.raisedAt, at).toSeconds());
            }
        }
        seconds.sort(Comparator.naturalOrder());
        return new Figures.Times(seconds.size(), raised.size() - seconds.size(), nearestRank(seconds, 50),
                nearestRank(seconds, 90));
    }

    /** The value at rank ceil(p/100 x n) of the sorted values (1-based); null for none. */
    static Long nearestRank(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (p * sorted.size() + 99) / 100;
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The wards the viewer's figures cover, by CSU name then ward code; devices are refused. */
    /** Every escalation of these wards raised from {@code from} up to {@code now}: one query. */
    private static List<Escalation> raisedSince(List<Ward> wards, Instant from, Instant now) {
        if (wards.isEmpty()) {
            return List.of();
        }
        return Escalation.list("select e from Escalation e join fetch e.ward w join fetch w.csu where e.ward in ?1"
                + " and e.raisedAt >= ?2 and e.raisedAt <= ?3", wards, from, now);
    }
}
