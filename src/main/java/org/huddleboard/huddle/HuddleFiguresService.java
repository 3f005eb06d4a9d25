package org.huddleboard.huddle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.FigureRanges;
import org.huddleboard.ward.Ward;

/**
 * The huddle figures of the caller's scope (as the escalation figures: a manager their CSUs'
 * wards, an executive or admin the trust, a lead their wards; devices are refused) over the last
 * 30 or 90 complete trust days, ending yesterday: today is not over, and a ward that huddles at
 * ten would read as missing it all morning. One query reads the longest range; the rest is
 * counted here.
 */
@ApplicationScoped
@Transactional
public class HuddleFiguresService {

    public static final List<Integer> WINDOWS = FigureRanges.WINDOWS;

    @Inject
    TrustClock clock;

    public HuddleFigures figures(Viewer viewer, int days) {
        return windows(viewer, List.of(days)).get(0);
    }

    /** The figures of each range, from one read of the longest. */
    public List<HuddleFigures> windows(Viewer viewer, List<Integer> days) {
        List<Ward> wards = FigureRanges.scope(viewer, "Huddle figures");
        LocalDate to = clock.today().minusDays(1);
        int longest = days.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Set<Long> inScope = new HashSet<>();
        wards.forEach(w -> inScope.add(w.id));
        List<Huddle> read = wards.isEmpty() ? List.of()
                : Huddle.between(to.minusDays(longest - 1L), to).stream().filter(h -> inScope.contains(h.ward.id))
                        .toList();
        List<HuddleFigures> out = new ArrayList<>();
        for (int d : days) {
            LocalDate from = to.minusDays(d - 1L);
            out.add(figures(viewer, wards, read.stream().filter(h -> !h.date.isBefore(from)).toList(), d, from, to));
        }
        return out;
    }

    private static HuddleFigures figures(Viewer viewer, List<Ward> wards, List<Huddle> huddles, int days,
            LocalDate from, LocalDate to) {
        Map<Long, List<Huddle>> byWard = new HashMap<>();
        huddles.forEach(h -> byWard.computeIfAbsent(h.ward.id, k -> new ArrayList<>()).add(h));
        Map<String, Tally> csus = new LinkedHashMap<>();
        Map<String, String> csuNames = new HashMap<>();
        Tally total = new Tally();
        List<HuddleFigures.Row> wardRows = new ArrayList<>();
        for (Ward w : wards) {
            Tally t = Tally.of(byWard.getOrDefault(w.id, List.of()));
            wardRows.add(t.row(w.code, w.name, w.csu.code, days));
            csus.computeIfAbsent(w.csu.code, c -> new Tally()).add(t);
            csuNames.put(w.csu.code, w.csu.name);
            total.add(t);
        }
        List<HuddleFigures.Row> csuRows = new ArrayList<>();
        csus.forEach((code, t) -> csuRows.add(t.row(code, csuNames.get(code), null, days)));
        return new HuddleFigures(days, from, to, total.row(null, totalName(viewer), null, days), csuRows, wardRows);
    }

    private static String totalName(Viewer viewer) {
        return switch (viewer.role()) {
            case MANAGER -> "Your CSUs";
            case LEAD -> "Your wards";
            default -> "Whole trust";
        };
    }

    /** The wards the viewer's figures cover, by CSU name then ward code; devices are refused. */
    /**
     * One ward's row over {@code days} complete days from the huddles of those days, as the figures
     * count it: for the ward's own record page.
     */
    static HuddleFigures.Row wardRow(String code, String name, String csu, int days, List<HuddleView> huddles) {
        return Tally.ofViews(huddles).row(code, name, csu, days);
    }

    /** The usual median (the mean of the two middle values for an even count), to one decimal; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(middle * 10) / 10.0;
    }

    /** Whole per cent, half up; 0 of 0 is 0. */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** What one ward, or several added up, did in the range. */
    private static final class Tally {
        int wards;
        int daysHeld;
        int huddles;
        final List<Double> minutes = new ArrayList<>();
        final List<Double> attendance = new ArrayList<>();

        static Tally of(List<Huddle> huddles) {
            Tally t = new Tally();
            Set<LocalDate> held = new HashSet<>();
            for (Huddle h : huddles) {
                t.count(held, h.date, h.startedAt, h.endedAt, h.autoEnded, h.attendance);
            }
            t.wards = 1;
            t.daysHeld = held.size();
            return t;
        }

        static Tally ofViews(List<HuddleView> huddles) {
            Tally t = new Tally();
            Set<LocalDate> held = new HashSet<>();
            for (HuddleView h : huddles) {
                t.count(held, h.date(), h.startedAt(), h.endedAt(), h.autoEnded(), h.attendance());
            }
            t.wards = 1;
            t.daysHeld = held.size();
            return t;
        }

        private void count(Set<LocalDate> held, LocalDate date, Instant startedAt, Instant endedAt, boolean autoEnded,
                int people) {
            held.add(date);
            huddles++;
            attendance.add((double) people);
            // One left running and ended by the server says nothing about how long the huddle took.
            if (endedAt != null && !autoEnded) {
                minutes.add(Duration.between(startedAt, endedAt).toMillis() / 60_000.0);
            }
        }

        void add(Tally other) {
            wards += other.wards;
            daysHeld += other.daysHeld;
            huddles += other.huddles;
            minutes.addAll(other.minutes);
            attendance.addAll(other.attendance);
        }

        HuddleFigures.Row row(String code, String name, String csu, int days) {
            int wardDays = wards * days;
            return new HuddleFigures.Row(code, name, csu, wardDays, daysHeld, percent(daysHeld, wardDays), huddles,
                    median(minutes), median(attendance));
        }
    }
}
