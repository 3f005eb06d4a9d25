package org.huddleboard.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An XmR chart computed as NHS England's Making Data Count does (and as the NHS-R community's
 * NHSRplotthedots package does with screen_outliers = FALSE; its default drops moving ranges of
 * 3.267 times the mean moving range or more): per segment between rebases, the mean, the mean
 * moving range and limits at 2.66 times it, with no screening of large moving ranges. Each point is marked with the
 * special-cause rule of highest precedence it breaks; the variation icon is the latest point's and
 * the assurance icon compares the target with the latest segment's limits.
 */
public record XmrChart(List<SpcPoint> points, List<Segment> segments, Polarity polarity, Double target,
        Variation variation, Assurance assurance) {

    static final int RUN = 7;

    public static XmrChart of(List<Observation> observations, Polarity polarity, Double target,
            Collection<LocalDate> rebases) {
        List<Observation> sorted = observations.stream().sorted(Comparator.comparing(Observation::date)).toList();
        List<Segment> segments = segments(sorted, rebases);
        List<SpcPoint> points = new ArrayList<>(sorted.size());
        for (int s = 0; s < segments.size(); s++) {
            points.addAll(Rules.mark(sorted, segments.get(s), s, polarity));
        }
        Segment latest = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        Variation variation = latest == null || latest.limits() == null ? Variation.NOT_ENOUGH_DATA
                : points.get(points.size() - 1).variation();
        return new XmrChart(List.copyOf(points), List.copyOf(segments), polarity, target, variation,
                assurance(latest, polarity, target));
    }

    /**
     * Daily counts of rare events (more than half the days zero) get no limits and flag nothing:
     * XmR rules read every run of quiet days as a shift below the mean. Making Data Count charts
     * the time between such events instead; the safety cross and "days since" do that here.
     */
    public static XmrChart rareEvents(List<Observation> observations, Polarity polarity, Double target) {
        List<SpcPoint> points = observations.stream().sorted(Comparator.comparing(Observation::date))
                .map(o -> new SpcPoint(o.date(), o.value(), 0, null, 0, Variation.RARE_EVENTS)).toList();
        List<Segment> segments = points.isEmpty() ? List.of()
                : List.of(new Segment(points.get(0).date(), 0, points.size(), null, points.size() < Segment.FIRM_POINTS));
        return new XmrChart(points, segments, polarity, target, Variation.RARE_EVENTS, Assurance.NONE);
    }

    /** Whether more than half the values are zero: events too rare for an XmR chart of daily counts. */
    public static boolean mostlyZero(List<Observation> observations) {
        long zeros = observations.stream().filter(o -> o.value() == 0).count();
        return zeros * 2 > observations.size();
    }

    /** The latest segment, or null when there are no points. */
    public Segment latest() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }

    /** Whether the latest limits rest on fewer than 13 points. */
    public boolean provisional() {
        Segment latest = latest();
        return latest == null || latest.provisional();
    }

    private static List<Segment> segments(List<Observation> sorted, Collection<LocalDate> rebases) {
        TreeSet<Integer> starts = new TreeSet<>();
        if (!sorted.isEmpty()) {
            starts.add(0);
        }
        for (LocalDate rebase : rebases) {
            for (int i = 1; i < sorted.size(); i++) {
                if (!sorted.get(i).date().isBefore(rebase)) {
                    // A rebase on or before the first point starts nothing new; one after the last, nothing yet.
                    if (sorted.get(i - 1).date().isBefore(rebase)) {
                        starts.add(i);
                    }
                    break;
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        List<Integer> list = new ArrayList<>(starts);
        for (int k = 0; k < list.size(); k++) {
            int from = list.get(k);
            int to = k + 1 < list.size() ? list.get(k + 1) : sorted.size();
            segments.add(new Segment(sorted.get(from).date(), from, to, limits(sorted, from, to),
                    to - from < Segment.FIRM_POINTS));
        }
        return segments;
    }

    private static Limits limits(List<Observation> points, int from, int to) {
        if (to - from < 2) {
            return null;
        }
        double sum = 0;
        double ranges = 0;
        for (int i = from; i < to; i++) {
            sum += points.get(i).value();
            if (i > from) {
                ranges += Math.abs(points.get(i).value() - points.get(i - 1).value());
            }
        }
        return Limits.of(sum / (to - from), ranges / (to - from - 1));
    }

    private static Assurance assurance(Segment latest, Polarity polarity, Double target) {
        if (target == null || polarity == Polarity.NEUTRAL || latest == null || latest.limits() == null) {
            return Assurance.NONE;
        }
        Limits l = latest.limits();
        int above = Rules.compare(target, l.upper()) > 0 ? 1 : Rules.compare(target, l.lower()) < 0 ? -1 : 0;
        if (above == 0) {
            return Assurance.HIT_AND_MISS;
        }
        // A target above the limits is one a higher-is-better process never reaches.
        return above * polarity.sign() > 0 ? Assurance.FAIL : Assurance.PASS;
    }
}
