package org.huddleboard.spc;

import static org.huddleboard.spc.XmrChartTest.DAY_ONE;
import static org.huddleboard.spc.XmrChartTest.days;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Boundaries through {@link Rules#mark} with limits fixed by hand (mean 0, limits ±3, 2-sigma
 * lines ±2), so each case's arithmetic is plain; plus rebases on the latest point and the places
 * where this library deliberately differs from NHSRplotthedots.
 */
class SpcEdgeCaseTest {

    /** Mean 0, limits ±3, near lines at ±2 (two thirds of 3). */
    static final Limits FIXED = new Limits(0, 3 / 2.66, -3, 3, -2, 2);

    static List<SpcPoint> mark(Polarity polarity, double... values) {
        List<Observation> obs = days(values);
        return Rules.mark(obs, new Segment(DAY_ONE, 0, values.length, FIXED, false), 0, polarity);
    }

    static Rule[] rules(List<SpcPoint> points) {
        return points.stream().map(SpcPoint::rule).toArray(Rule[]::new);
    }

    static final Rule O = Rule.OUTSIDE_LIMITS;
    static final Rule T = Rule.TREND;
    static final Rule W = Rule.TWO_IN_THREE;
    static final Rule S = Rule.SHIFT;

    @Test
    void aPointOnALimitIsCloseButNotOutsideAndOneOnThe2SigmaLineIsNeither() {
        // 3 = upper limit: not > 3, so inside; > 2, so near. Two of them in three above: 2 of 3.
        assertArrayEquals(new Rule[] { W, null, W }, rules(mark(Polarity.NEUTRAL, 3, 1, 3)));
        // 2 sits on the near line: not beyond it, so only one near point in the three.
        assertArrayEquals(new Rule[] { null, null, null }, rules(mark(Polarity.NEUTRAL, 2, 1, 2.5)));
        // -3 and -2.5 below: two near in three below the mean.
        assertArrayEquals(new Rule[] { W, null, W }, rules(mark(Polarity.NEUTRAL, -3, -1, -2.5)));
        // Just beyond: 3.0001 > 3 is outside.
        assertEquals(O, mark(Polarity.NEUTRAL, 3.0001).get(0).rule());
    }

    @Test
    void twoOfThreeNeedsAllThreeOnOneSide() {
        // The middle point is below the mean (-0.5): the window is not all above.
        assertArrayEquals(new Rule[] { null, null, null }, rules(mark(Polarity.NEUTRAL, 2.5, -0.5, 2.5)));
        // The middle point is on the mean (0): no side, so no window.
        assertArrayEquals(new Rule[] { null, null, null }, rules(mark(Polarity.NEUTRAL, 2.5, 0, 2.5)));
        // Two near points and one far below, on opposite sides: nothing but the far one.
        assertArrayEquals(new Rule[] { null, null, O }, rules(mark(Polarity.NEUTRAL, 2.5, 2.5, -4)));
        // A point outside the limits is not "near", but it is on the same side: 2.5, 4, 2.5 has two
        // near points in three above; the middle one is outside (NHSRplotthedots agrees: close
        // excludes outside).
        assertArrayEquals(new Rule[] { W, O, W }, rules(mark(Polarity.NEUTRAL, 2.5, 4, 2.5)));
        // One near and one outside is only one near point: 2.5, 4, 1.
        assertArrayEquals(new Rule[] { null, O, null }, rules(mark(Polarity.NEUTRAL, 2.5, 4, 1)));
        // Overlapping windows: 2.5, 1, 2.5, 1, 2.5 flags every near point, never the 1s.
        assertArrayEquals(new Rule[] { W, null, W, null, W }, rules(mark(Polarity.NEUTRAL, 2.5, 1, 2.5, 1, 2.5)));
    }

    @Test
    void precedenceWhenOnePointBreaksRulesOnOppositeSides() {
        // Rising 7 from -4: the first is below the lower limit (-4 < -3) and starts a rising trend.
        // Outside comes first, so it is a low concern for higher-is-better; the rest improve.
        List<SpcPoint> p = mark(Polarity.HIGHER_IS_BETTER, -4, -1, -0.5, 0.1, 0.2, 0.3, 0.4);
        assertArrayEquals(new Rule[] { O, T, T, T, T, T, T }, rules(p));
        assertEquals(Variation.CONCERN_LOW, p.get(0).variation());
        assertEquals(-1, p.get(0).side());
        for (int i = 1; i < 7; i++) {
            assertEquals(Variation.IMPROVEMENT_HIGH, p.get(i).variation(), "point " + i);
        }
        // Falling 7 all above the 2-sigma line (2.9 .. 2.3 > 2) and above the mean: 2 of 3 high and a
        // shift high, but the trend comes first and falls: a low concern, though every value is high.
        p = mark(Polarity.HIGHER_IS_BETTER, 2.9, 2.8, 2.7, 2.6, 2.5, 2.4, 2.3);
        assertArrayEquals(new Rule[] { T, T, T, T, T, T, T }, rules(p));
        p.forEach(pt -> assertEquals(Variation.CONCERN_LOW, pt.variation()));
        // Six falling above the mean then one near: 2 of 3 beats the shift (all above).
        p = mark(Polarity.LOWER_IS_BETTER, 1, 1, 1, 1, 2.5, 1, 2.5);
        assertArrayEquals(new Rule[] { S, S, S, S, W, S, W }, rules(p));
        p.forEach(pt -> assertEquals(Variation.CONCERN_HIGH, pt.variation()));
    }

    @Test
    void shiftOfSixOrSevenAndAPointOnTheMeanThroughMark() {
        assertArrayEquals(new Rule[] { null, null, null, null, null, null, null },
                rules(mark(Polarity.NEUTRAL, 1, 1, 1, 1, 1, 1, -1)));
        assertArrayEquals(new Rule[] { S, S, S, S, S, S, S }, rules(mark(Polarity.NEUTRAL, -1, -1, -1, -1, -1, -1, -1)));
        mark(Polarity.NEUTRAL, -1, -1, -1, -1, -1, -1, -1).forEach(pt -> assertEquals(Variation.NEITHER_LOW, pt.variation()));
        // 0 is the mean: it breaks 3 + 4 into two short runs.
        assertArrayEquals(new Rule[8], rules(mark(Polarity.NEUTRAL, 1, 1, 1, 0, 1, 1, 1, 1)));
    }

    @Test
    void aTurningPointOnATieBelongsToTheRunItEnds() {
        // 1..7, 7, 6..1: the two 7s are equal, so the rise ends at the first 7 and the fall starts at
        // the second. NHSRplotthedots reads the first 7's direction from sign(7 - 7) = 0 and calls it
        // "Decreasing"; here it stays in the rise it ends (a deliberate difference).
        int[] trend = Rules.trend(days(1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1));
        assertArrayEquals(new int[] { 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1 }, trend);
        // A valley: 7..1, 2..7 (1 is shared: it ends the fall and starts the rise, so it rises).
        assertArrayEquals(new int[] { -1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1, 1 },
                Rules.trend(days(7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7)));
        // A peak where neither side makes 7: 1..6, 5..1 is no trend.
        assertArrayEquals(new int[11], Rules.trend(days(1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1)));
    }

    @Test
    void aRebaseOnTheLatestPointLeavesTooFewPointsAndNoAssurance() {
        double[] values = { 10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11, 30 };
        XmrChart whole = XmrChart.of(days(values), Polarity.HIGHER_IS_BETTER, 5.0, List.of());
        // Without the rebase, 30 is far out: mean (138 + 30) / 13 = 12.92; it is the latest point.
        assertEquals(Variation.IMPROVEMENT_HIGH, whole.variation());
        XmrChart rebased = XmrChart.of(days(values), Polarity.HIGHER_IS_BETTER, 5.0, List.of(DAY_ONE.plusDays(12)));
        assertEquals(2, rebased.segments().size());
        assertNull(rebased.latest().limits());
        assertEquals(Variation.NOT_ENOUGH_DATA, rebased.variation());
        assertEquals(Assurance.NONE, rebased.assurance());
        assertEquals(true, rebased.provisional());
        // Duplicated rebase dates start one segment, not two.
        XmrChart twice = XmrChart.of(days(values), Polarity.HIGHER_IS_BETTER, 5.0,
                List.of(DAY_ONE.plusDays(6), DAY_ONE.plusDays(6)));
        assertEquals(2, twice.segments().size());
        assertEquals(6, twice.segments().get(1).from());
        // A gap of days: values on days 0..5 and 10..16; a rebase on day 8 starts at day 10's value.
        List<Observation> gappy = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            gappy.add(new Observation(DAY_ONE.plusDays(i), i % 2));
        }
        for (int i = 10; i < 17; i++) {
            gappy.add(new Observation(DAY_ONE.plusDays(i), 5 + i % 2));
        }
        XmrChart gap = XmrChart.of(gappy, Polarity.NEUTRAL, null, List.of(DAY_ONE.plusDays(8)));
        assertEquals(DAY_ONE.plusDays(10), gap.latest().start());
        assertEquals(6, gap.latest().from());
        // Its second segment is 5, 6, 5, 6, 5, 6, 5: four 5s and three 6s, mean 38 / 7 = 5.4286; moving ranges all 1.
        assertEquals(38 / 7.0, gap.latest().limits().mean(), 1e-12);
        assertEquals(1, gap.latest().limits().meanMovingRange(), 1e-12);
    }

    @Test
    void aMeanThatRoundsJustBelowAValueStillHasThatValueOnIt() {
        // 0.3 - 0.1 is 0.19999999999999998 in binary; a raw comparison would put 0.2 above it and
        // make seven points above the mean (a shift). Within tolerance 0.2 is on it and breaks the run.
        Limits l = Limits.of(0.3 - 0.1, 1);
        List<Observation> obs = days(0.3, 0.3, 0.3, 0.2, 0.3, 0.3, 0.3);
        List<SpcPoint> p = Rules.mark(obs, new Segment(DAY_ONE, 0, 7, l, true), 0, Polarity.HIGHER_IS_BETTER);
        p.forEach(pt -> assertNull(pt.rule()));
        assertEquals(0, Rules.compare(0.2, 0.3 - 0.1));
        assertEquals(1, Rules.compare(0.2 + 1e-6, 0.2));
    }

    @Test
    void nhsrTwoNearPointsOnOppositeSidesAreCommonCause() {
        // Ported from NHSRplotthedots test-ptd_spc_standard.R: 1, -1 eight times, then the last two
        // made 5.5 and -5.5. Sum 0 + 5.5 - 5.5 = 0: mean 0. Moving ranges: 13 of 2, then
        // |5.5 - -1| = 6.5 and |-5.5 - 5.5| = 11: (26 + 6.5 + 11) / 15 = 2.9. Limits ±2.66 × 2.9 =
        // ±7.714, near lines ±5.143: both last points are near, but on opposite sides.
        double[] v = new double[16];
        for (int i = 0; i < 16; i++) {
            v[i] = i % 2 == 0 ? 1 : -1;
        }
        v[14] = 5.5;
        v[15] = -5.5;
        XmrChart chart = XmrChart.of(days(v), Polarity.HIGHER_IS_BETTER, null, List.of());
        Limits l = chart.latest().limits();
        assertEquals(0, l.mean(), 1e-12);
        assertEquals(2.9, l.meanMovingRange(), 1e-12);
        assertEquals(7.714, l.upper(), 1e-12);
        assertEquals(-7.714, l.lower(), 1e-12);
        assertEquals(5.142666666666667, l.upperNear(), 1e-12);
        chart.points().forEach(p -> assertNull(p.rule()));
        assertEquals(Variation.COMMON_CAUSE, chart.variation());
    }

    @Test
    void largeMovingRangesAreNotScreenedUnlikeNhsrplotthedotsDefault() {
        // NHSRplotthedots (screen_outliers = TRUE by default) drops moving ranges of 3.267 × the
        // mean moving range or more and averages the rest. Making Data Count's own tool and this
        // library keep them all. 0, 1 five times, 0, then 20: ranges 1 × 10 and 20, mean 30 / 11 =
        // 2.727; NHSRplotthedots would drop 20 (>= 3.267 × 2.727 = 8.91) and use 10 / 10 = 1.
        XmrChart chart = XmrChart.of(days(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 20), Polarity.NEUTRAL, null, List.of());
        assertEquals(30 / 11.0, chart.latest().limits().meanMovingRange(), 1e-12);
        // Mean 25 / 12 = 2.083; upper 2.083 + 2.66 × 2.727 = 9.337: 20 is above it either way.
        assertEquals(Rule.OUTSIDE_LIMITS, chart.points().get(11).rule());
        assertEquals(Variation.NEITHER_HIGH, chart.variation());
    }
}
