package org.huddleboard.escalation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One window's figures as the page shows them: each CSU followed by its wards, then the total,
 * with times in plain words ("1 h 40 min", "2 days 3 h"). The rows of the
 * {@code FiguresPage/figures$table} fragment.
 */
public record FiguresTable(int days, String title, String since, List<Line> lines) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** One row: {@code kind} is csu, ward or total. */
    public record Line(String kind, String code, String name, int raised, String ackMedian, String ackP90,
            int ackWaiting, String resolveMedian, String resolveP90, int resolveWaiting, String withinTarget,
            int decided, int undecided, String categories) {
    }

    public static List<FiguresTable> of(List<Figures> windows) {
        return windows.stream().map(FiguresTable::of).toList();
    }

    public static FiguresTable of(Figures f) {
        List<Line> lines = new ArrayList<>();
        for (Figures.Unit csu : f.csus()) {
            lines.add(line("csu", csu));
            f.wards().stream().filter(w -> csu.code().equals(w.csu())).forEach(w -> lines.add(line("ward", w)));
        }
        lines.add(line("total", f.total()));
        return new FiguresTable(f.days(), "Last " + f.days() + " days", day(f.from()), lines);
    }

    private static Line line(String kind, Figures.Unit u) {
        Figures.OnTarget t = u.withinTarget();
        String share = t.percentWithin() == null ? "none decided" : t.percentWithin() + "%";
        return new Line(kind, u.code(), u.name(), u.raised(), plain(u.acknowledge().medianSeconds()),
                plain(u.acknowledge().p90Seconds()), u.acknowledge().stillWaiting(),
                plain(u.resolve().medianSeconds()), plain(u.resolve().p90Seconds()), u.resolve().stillWaiting(),
                share, t.within() + t.late(), t.undecided(), categories(u.byCategory()));
    }

    /** The categories raised, most first: "Staffing 4 · Beds and flow 2". */
    static String categories(Map<EscalationCategory, Integer> counts) {
        String s = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<EscalationCategory, Integer> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().label + " " + e.getValue()).collect(Collectors.joining(" · "));
        return s.isEmpty() ? "none" : s;
    }

    /**
     * A time as people say it: "under 1 min", "40 min", "1 h 40 min", "3 h", "1 day", "2 days 3 h"
     * (from a day on, to the nearest hour); "–" for no time.
     */
    public static String plain(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 1) {
            return "under 1 min";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            long h = minutes / 60;
            long m = minutes % 60;
            return h + " h" + (m == 0 ? "" : " " + m + " min");
        }
        long hours = Math.round(minutes / 60.0);
        long d = hours / 24;
        long h = hours % 24;
        return d + (d == 1 ? " day" : " days") + (h == 0 ? "" : " " + h + " h");
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
