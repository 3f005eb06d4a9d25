package org.huddleboard.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.huddleboard.board.ValueFormat;
import org.huddleboard.measure.Kind;

/**
 * The chart as SVG geometry in a 960 × 400 view box, so the template only draws: lines for each
 * segment's mean and limits, the target, each point's mark and the notes for process changes and
 * ideas. Limits beyond what the measure can take are left undrawn (the table gives them).
 */
public record ChartDrawing(List<Line> lines, List<String> paths, List<Mark> marks, List<Tick> yTicks, List<Tick> xTicks,
        List<Note> notes, String targetY) {

    static final double WIDTH = 960;
    static final double HEIGHT = 400;
    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 36;
    static final double BOTTOM = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** A line; {@code css} is mean, limit, near-limit or provisional. */
    public record Line(String x1, String y1, String x2, String y2, String css) {
    }

    /** A point: {@code shape} is common, improvement, concern or neither. */
    public record Mark(String x, String y, String shape, String title) {
    }

    /** {@code anchor}: start, middle or end, so the first and last dates stay inside the chart. */
    public record Tick(String at, String label, String anchor) {

        Tick(String at, String label) {
            this(at, label, "middle");
        }
    }

    /** A vertical note: a process change (rebase) or an idea implemented. */
    public record Note(String x, String kind, String label) {
    }

    static ChartDrawing of(ChartView chart, double minimum, double maximum) {
        List<ChartView.PointView> points = chart.points();
        if (points.isEmpty()) {
            return new ChartDrawing(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (ChartView.PointView p : points) {
            low = Math.min(low, p.value());
            high = Math.max(high, p.value());
        }
        for (ChartView.SegmentView s : chart.segments()) {
            if (s.lower() != null) {
                low = Math.min(low, Math.max(s.lower(), minimum));
                high = Math.max(high, Math.min(s.upper(), maximum));
            }
        }
        if (chart.target() != null) {
            low = Math.min(low, chart.target());
            high = Math.max(high, chart.target());
        }
        if (high - low < 1e-9) {
            high = low + 1;
        }
        double pad = (high - low) * 0.06;
        Scale y = new Scale(Math.max(minimum, low - pad), Math.min(maximum, high + pad));
        if (y.high - y.low < 1e-9) {
            y = new Scale(low - 0.5, high + 0.5);
        }
        final Scale ys = y;
        java.util.function.Function<LocalDate, Double> x = d -> LEFT
                + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, d) / days;

        List<Line> lines = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int k = 0; k < chart.segments().size(); k++) {
            ChartView.SegmentView s = chart.segments().get(k);
            String x1 = n(x.apply(s.start()));
            String x2 = n(x.apply(s.end()));
            if (s.mean() != null) {
                lines.add(new Line(x1, n(ys.y(s.mean())), x2, n(ys.y(s.mean())), "mean"));
                String limit = s.provisional() ? "limit provisional" : "limit";
                for (double v : new double[] { s.lower(), s.upper() }) {
                    if (v >= ys.low && v <= ys.high) {
                        lines.add(new Line(x1, n(ys.y(v)), x2, n(ys.y(v)), limit));
                    }
                }
            }
            StringBuilder path = new StringBuilder();
            for (ChartView.PointView p : points) {
                if (p.segment() == k) {
                    path.append(path.length() == 0 ? "M" : " L").append(n(x.apply(p.date()))).append(' ')
                            .append(n(ys.y(p.value())));
                }
            }
            paths.add(path.toString());
        }
        List<Mark> marks = new ArrayList<>();
        for (ChartView.PointView p : points) {
            String shape = p.rule() == null ? "common" : p.variation().css();
            String title = DAY.format(p.date()) + ": " + ValueFormat.format(chart.kind(), p.value())
                    + (p.rule() == null ? "" : " · " + p.variation().word() + " (" + p.rule().word() + ")");
            marks.add(new Mark(n(x.apply(p.date())), n(ys.y(p.value())), shape, title));
        }
        List<Note> notes = new ArrayList<>();
        for (RebaseView r : chart.rebases()) {
            if (!r.date().isBefore(first) && !r.date().isAfter(last)) {
                notes.add(new Note(n(x.apply(r.date())), "rebase", "Change: " + r.reason()));
            }
        }
        for (ChartView.IdeaMark i : chart.ideas()) {
            if (!i.implementedOn().isBefore(first) && !i.implementedOn().isAfter(last)) {
                notes.add(new Note(n(x.apply(i.implementedOn())), "idea", "Idea: " + i.title()));
            }
        }
        return new ChartDrawing(lines, paths, marks, yTicks(ys, chart.kind()), xTicks(first, last, x), notes,
                chart.target() == null ? null : n(ys.y(chart.target())));
    }

    private static List<Tick> yTicks(Scale y, Kind kind) {
        double step = niceStep((y.high - y.low) / 5);
        List<Tick> ticks = new ArrayList<>();
        for (double v = Math.ceil(y.low / step) * step; v <= y.high + 1e-9; v += step) {
            ticks.add(new Tick(n(y.y(v)), ValueFormat.format(kind == Kind.COUNT ? Kind.NUMBER : kind, Math.round(v * 1000) / 1000.0)));
        }
        return ticks;
    }

    private static List<Tick> xTicks(LocalDate first, LocalDate last, java.util.function.Function<LocalDate, Double> x) {
        List<Tick> ticks = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(first, last);
        int every = days > 200 ? 2 : 1;
        ticks.add(new Tick(n(x.apply(first)), DAY.format(first), "start"));
        LocalDate month = first.withDayOfMonth(1).plusMonths(1);
        for (int i = 0; !month.isAfter(last); month = month.plusMonths(1), i++) {
            if (i % every == 0 && ChronoUnit.DAYS.between(first, month) > days / 12
                    && ChronoUnit.DAYS.between(month, last) > days / 12) {
                ticks.add(new Tick(n(x.apply(month)), DAY.format(month)));
            }
        }
        if (days > 0) {
            ticks.add(new Tick(n(x.apply(last)), DAY.format(last), "end"));
        }
        return ticks;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    /** A number for an SVG attribute: one decimal, a point whatever the locale. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Scale(double low, double high) {

        double y(double v) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (high - v) / (high - low);
        }
    }
}
