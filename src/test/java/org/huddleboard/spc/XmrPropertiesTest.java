package org.huddleboard.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any series, checked over many seeded random ones (fixed seeds, so a
 * failure always reproduces): the limits' symmetry, invariance under shifting and scaling, what
 * the measure's direction changes, and silence on a series built to break no rule.
 */
class XmrPropertiesTest {

    static final int RUNS = 500;

    static List<Observation> random(Random r) {
        int n = 2 + r.nextInt(80);
        double level = r.nextDouble() * 100;
        double spread = 0.1 + r.nextDouble() * 20;
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Sometimes a step, sometimes a drift, sometimes a spike, so that every rule fires somewhere.
            double step = i > n / 2 && r.nextInt(3) == 0 ? spread * 3 : 0;
            double value = level + step + r.nextGaussian() * spread + (r.nextInt(25) == 0 ? spread * 6 : 0);
            out.add(new Observation(XmrChartTest.DAY_ONE.plusDays(i), Math.round(value * 10) / 10.0));
        }
        return out;
    }

    static List<LocalDate> rebases(Random r, int n) {
        List<LocalDate> out = new ArrayList<>();
        if (r.nextBoolean()) {
            out.add(XmrChartTest.DAY_ONE.plusDays(r.nextInt(n + 2)));
        }
        return out;
    }

    @Test
    void limitsAreSymmetricAboutTheMeanAndNearLinesTwoThirdsOfTheWay() {
        Random r = new Random(1);
        for (int run = 0; run < RUNS; run++) {
            List<Observation> points = random(r);
            XmrChart chart = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, rebases(r, points.size()));
            for (Segment s : chart.segments()) {
                Limits l = s.limits();
                if (l == null) {
                    assertTrue(s.size() < 2);
                    continue;
                }
                assertEquals(l.upper() - l.mean(), l.mean() - l.lower(), 1e-9);
                assertTrue(l.upper() >= l.lower());
                assertEquals((l.upper() - l.mean()) * 2 / 3, l.upperNear() - l.mean(), 1e-9);
                assertEquals(2.66 * l.meanMovingRange(), l.upper() - l.mean(), 1e-9);
                assertEquals(s.size() < 13, s.provisional());
            }
        }
    }

    @Test
    void shiftingOrScalingEveryValueFlagsTheSamePoints() {
        Random r = new Random(2);
        for (int run = 0; run < RUNS; run++) {
            List<Observation> points = random(r);
            List<LocalDate> rebases = rebases(r, points.size());
            double shift = r.nextInt(2000) - 1000;
            double scale = 0.5 + r.nextInt(8); // whole and half steps keep the arithmetic exact enough
            XmrChart chart = XmrChart.of(points, Polarity.LOWER_IS_BETTER, null, rebases);
            XmrChart shifted = XmrChart.of(points.stream().map(o -> new Observation(o.date(), o.value() + shift)).toList(),
                    Polarity.LOWER_IS_BETTER, null, rebases);
            XmrChart scaled = XmrChart.of(points.stream().map(o -> new Observation(o.date(), o.value() * scale)).toList(),
                    Polarity.LOWER_IS_BETTER, null, rebases);
            for (int i = 0; i < points.size(); i++) {
                assertEquals(chart.points().get(i).rule(), shifted.points().get(i).rule(), "run " + run + " point " + i);
                assertEquals(chart.points().get(i).rule(), scaled.points().get(i).rule(), "run " + run + " point " + i);
                assertEquals(chart.points().get(i).variation(), scaled.points().get(i).variation());
            }
            Limits l = chart.latest().limits();
            if (l != null) {
                assertEquals(l.mean() + shift, shifted.latest().limits().mean(), 1e-6);
                assertEquals(l.upper() * scale, scaled.latest().limits().upper(), 1e-6);
            }
        }
    }

    @Test
    void theDirectionOnlyTurnsImprovementIntoConcern() {
        Random r = new Random(3);
        int special = 0;
        for (int run = 0; run < RUNS; run++) {
            List<Observation> points = random(r);
            List<LocalDate> rebases = rebases(r, points.size());
            XmrChart higher = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, rebases);
            XmrChart lower = XmrChart.of(points, Polarity.LOWER_IS_BETTER, null, rebases);
            XmrChart neutral = XmrChart.of(points, Polarity.NEUTRAL, null, rebases);
            for (int i = 0; i < points.size(); i++) {
                SpcPoint h = higher.points().get(i);
                SpcPoint l = lower.points().get(i);
                SpcPoint n = neutral.points().get(i);
                assertEquals(h.rule(), l.rule());
                assertEquals(h.side(), l.side());
                assertEquals(h.rule(), n.rule());
                assertEquals(h.variation().improvement(), l.variation().concern());
                assertEquals(h.variation().concern(), l.variation().improvement());
                assertEquals(h.variation().special(), n.variation().special());
                assertTrue(!n.variation().improvement() && !n.variation().concern());
                special += h.special() ? 1 : 0;
            }
        }
        assertTrue(special > 100, "the generated series do break rules: " + special);
    }

    @Test
    void aSeriesBuiltToBreakNoRuleFlagsNothing() {
        Random r = new Random(4);
        for (int run = 0; run < RUNS; run++) {
            // Alternating sides of a level, each point 0.5 to 1 away: no run on one side, no trend, and
            // every moving range at least 1, so the limits (at least 2.66 away) are never reached and no
            // three points share a side for the 2-of-3 rule.
            int n = 2 + r.nextInt(100);
            double level = r.nextDouble() * 50;
            List<Observation> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double away = 0.5 + r.nextDouble() * 0.5;
                points.add(new Observation(XmrChartTest.DAY_ONE.plusDays(i), level + (i % 2 == 0 ? away : -away)));
            }
            XmrChart chart = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of());
            assertTrue(chart.points().stream().noneMatch(SpcPoint::special), "run " + run + ": " + chart.points());
            assertEquals(n >= 2 ? Variation.COMMON_CAUSE : Variation.NOT_ENOUGH_DATA, chart.variation());
        }
    }

    @Test
    void theVariationIconIsTheLatestPointsAndEveryPointIsInOneSegment() {
        Random r = new Random(5);
        for (int run = 0; run < RUNS; run++) {
            List<Observation> points = random(r);
            XmrChart chart = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, 50.0, rebases(r, points.size()));
            SpcPoint last = chart.points().get(chart.points().size() - 1);
            assertEquals(chart.latest().limits() == null ? Variation.NOT_ENOUGH_DATA : last.variation(), chart.variation());
            int covered = chart.segments().stream().mapToInt(Segment::size).sum();
            assertEquals(points.size(), covered);
            for (int s = 0; s < chart.segments().size(); s++) {
                Segment seg = chart.segments().get(s);
                for (int i = seg.from(); i < seg.to(); i++) {
                    assertEquals(s, chart.points().get(i).segment());
                }
            }
        }
    }
}
