package org.huddleboard.spc;

import java.util.ArrayList;
import java.util.List;

/** The four special-cause rules over one segment's points, and each point's rule by precedence. */
final class Rules {

    private Rules() {
    }

    /**
     * Compares with a tolerance relative to the numbers' size, so a point that is on the mean in
     * exact arithmetic (0.2 against a mean of 0.1, 0.2, 0.3) is on it here too.
     */
    static int compare(double a, double b) {
        double tolerance = 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= tolerance ? 0 : a < b ? -1 : 1;
    }

    static List<SpcPoint> mark(List<Observation> all, Segment segment, int index, Polarity polarity) {
        int n = segment.size();
        List<Observation> points = all.subList(segment.from(), segment.to());
        List<SpcPoint> marked = new ArrayList<>(n);
        Limits limits = segment.limits();
        if (limits == null) {
            for (Observation o : points) {
                marked.add(new SpcPoint(o.date(), o.value(), index, null, 0, Variation.NOT_ENOUGH_DATA));
            }
            return marked;
        }
        int[] side = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        for (int i = 0; i < n; i++) {
            double y = points.get(i).value();
            side[i] = compare(y, limits.mean());
            outside[i] = compare(y, limits.upper()) > 0 || compare(y, limits.lower()) < 0;
            close[i] = !outside[i] && (compare(y, limits.upperNear()) > 0 || compare(y, limits.lowerNear()) < 0);
        }
        int[] trend = trend(points);
        int[] twoInThree = twoInThree(side, close);
        int[] shift = shift(side);
        for (int i = 0; i < n; i++) {
            Rule rule = null;
            int s = 0;
            if (outside[i]) {
                rule = Rule.OUTSIDE_LIMITS;
                s = side[i];
            } else if (trend[i] != 0) {
                rule = Rule.TREND;
                s = trend[i];
            } else if (twoInThree[i] != 0) {
                rule = Rule.TWO_IN_THREE;
                s = twoInThree[i];
            } else if (shift[i] != 0) {
                rule = Rule.SHIFT;
                s = shift[i];
            }
            Observation o = points.get(i);
            marked.add(new SpcPoint(o.date(), o.value(), index, rule, s,
                    rule == null ? Variation.COMMON_CAUSE : Variation.of(s, polarity)));
        }
        return marked;
    }

    /**
     * +1 or -1 for each point in a run of 7 or more, each strictly higher (lower) than the one
     * before; equal neighbours break a run. A point that ends a rise and starts a fall takes the
     * direction of the run after it.
     */
    static int[] trend(List<Observation> points) {
        int n = points.size();
        int[] result = new int[n];
        int start = 0;
        while (start < n - 1) {
            int step = compare(points.get(start + 1).value(), points.get(start).value());
            int end = start + 1;
            while (step != 0 && end + 1 < n && compare(points.get(end + 1).value(), points.get(end).value()) == step) {
                end++;
            }
            if (step != 0 && end - start + 1 >= XmrChart.RUN) {
                for (int i = start; i <= end; i++) {
                    result[i] = step;
                }
            }
            start = step == 0 ? start + 1 : end;
        }
        return result;
    }

    /**
     * The points beyond 2 sigma (but inside the limits) in any 3 consecutive points that all lie
     * on one side of the mean with at least 2 of them beyond 2 sigma on that side.
     */
    static int[] twoInThree(int[] side, boolean[] close) {
        int n = side.length;
        int[] result = new int[n];
        for (int i = 0; i + 2 < n; i++) {
            int s = side[i];
            if (s == 0 || side[i + 1] != s || side[i + 2] != s) {
                continue;
            }
            int near = (close[i] ? 1 : 0) + (close[i + 1] ? 1 : 0) + (close[i + 2] ? 1 : 0);
            if (near >= 2) {
                for (int j = i; j <= i + 2; j++) {
                    if (close[j]) {
                        result[j] = s;
                    }
                }
            }
        }
        return result;
    }

    /** +1 or -1 for each point in a run of 7 or more on one side of the mean; a point on it breaks the run. */
    static int[] shift(int[] side) {
        int n = side.length;
        int[] result = new int[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && side[end + 1] == side[start]) {
                end++;
            }
            if (side[start] != 0 && end - start + 1 >= XmrChart.RUN) {
                for (int i = start; i <= end; i++) {
                    result[i] = side[start];
                }
            }
            start = end + 1;
        }
        return result;
    }
}
