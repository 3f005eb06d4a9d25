package org.huddleboard.spc;

import static org.huddleboard.spc.XmrChartTest.days;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every rule at its boundary, precedence, and the icons, with cases ported from the NHS-R
 * community's NHSRplotthedots tests where they exist (ptd_seven_point_trend and friends).
 */
class RulesTest {

    static List<Observation> series(double... values) {
        return days(values);
    }

    // Trend: 7 points, each strictly higher (lower) than the one before.

    @Test
    void sixRisingPointsAreNoTrendAndSevenAre() {
        assertArrayEquals(new int[6], Rules.trend(series(1, 2, 3, 4, 5, 6)));
        assertArrayEquals(new int[] { 1, 1, 1, 1, 1, 1, 1 }, Rules.trend(series(1, 2, 3, 4, 5, 6, 7)));
        assertArrayEquals(new int[] { -1, -1, -1, -1, -1, -1, -1 }, Rules.trend(series(7, 6, 5, 4, 3, 2, 1)));
        // NHSRplotthedots: c(2, 1:7, 3) flags the seven rising points only.
        assertArrayEquals(new int[] { 0, 1, 1, 1, 1, 1, 1, 1, 0 }, Rules.trend(series(2, 1, 2, 3, 4, 5, 6, 7, 3)));
    }

    @Test
    void equalNeighboursBreakATrend() {
        // NHSRplotthedots: c(1:3, 3:6) is no trend.
        assertArrayEquals(new int[7], Rules.trend(series(1, 2, 3, 3, 4, 5, 6)));
    }

    @Test
    void aTurningPointTakesTheDirectionOfTheRunAfterIt() {
        int[] trend = Rules.trend(series(1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1));
        assertArrayEquals(new int[] { 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1 }, trend);
    }

    // Shift: 7 points on one side of the mean; a point on the mean breaks the run.

    @Test
    void sixOnOneSideAreNoShiftSevenAreAndAPointOnTheMeanBreaksTheRun() {
        assertArrayEquals(new int[7], Rules.shift(new int[] { 1, 1, 1, 1, 1, 1, -1 }));
        // NHSRplotthedots: c(rep(1, 8), -1) flags the eight.
        assertArrayEquals(new int[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 }, Rules.shift(new int[] { 1, 1, 1, 1, 1, 1, 1, 1, -1 }));
        assertArrayEquals(new int[] { -1, -1, -1, -1, -1, -1, -1 }, Rules.shift(new int[] { -1, -1, -1, -1, -1, -1, -1 }));
        assertArrayEquals(new int[13], Rules.shift(new int[] { 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1 }));
        assertArrayEquals(new int[7], Rules.shift(new int[] { 0, 0, 0, 0, 0, 0, 0 }), "on the mean is no side");
    }

    // Two of three beyond 2 sigma, all three on that side of the mean.

    @Test
    void twoOfThreeNearALimitFlagsTheNearOnes() {
        assertArrayEquals(new int[] { 1, 0, 1 }, Rules.twoInThree(new int[] { 1, 1, 1 }, new boolean[] { true, false, true }));
        assertArrayEquals(new int[] { -1, -1, 0 }, Rules.twoInThree(new int[] { -1, -1, -1 }, new boolean[] { true, true, false }));
        assertArrayEquals(new int[3], Rules.twoInThree(new int[] { 1, 1, 1 }, new boolean[] { true, false, false }),
                "one of three is not enough");
        assertArrayEquals(new int[3], Rules.twoInThree(new int[] { 1, -1, 1 }, new boolean[] { true, false, true }),
                "the middle point is on the other side of the mean");
        assertArrayEquals(new int[3], Rules.twoInThree(new int[] { 1, 0, 1 }, new boolean[] { true, false, true }),
                "the middle point is on the mean");
        assertArrayEquals(new int[2], Rules.twoInThree(new int[] { 1, 1 }, new boolean[] { true, true }),
                "two points are not three");
    }

    @Test
    void twoOfThreeInAWholeChart() {
        // Twelve alternating 10 and 12, then 17, 12, 17: mean 178 / 15 = 11.867; moving ranges eleven of 2
        // and three of 5, 37 / 14 = 2.643; 2 sigma at 11.867 + 2.66 × 2.643 × 2/3 = 16.55, limit at 18.90.
        // Both 17s lie between, and the 12 between them is above the mean: all three on one side.
        XmrChart chart = XmrChart.of(series(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 17, 12, 17),
                Polarity.HIGHER_IS_BETTER, null, List.of());
        assertEquals(178.0 / 15, chart.latest().limits().mean(), 1e-12);
        assertEquals(37.0 / 14, chart.latest().limits().meanMovingRange(), 1e-12);
        Limits l = chart.latest().limits();
        SpcPoint a = chart.points().get(12);
        SpcPoint c = chart.points().get(14);
        assertTrue(a.value() > l.upperNear() && a.value() <= l.upper(), "17 is beyond 2 sigma but inside the limit: " + l);
        assertTrue(chart.points().get(13).value() > l.mean(), "12 is above the mean " + l.mean());
        assertEquals(Rule.TWO_IN_THREE, a.rule());
        assertEquals(Rule.TWO_IN_THREE, c.rule());
        assertNull(chart.points().get(13).rule(), "the point between is not beyond 2 sigma, so not marked");
        assertEquals(Variation.IMPROVEMENT_HIGH, chart.variation());
    }

    // Outside the limits; precedence.

    @Test
    void aPointOnALimitIsInsideIt() {
        // 0, 2, 0, 2, … mean 1, moving range 2, limits 1 ± 5.32. A limit value itself is not "outside".
        Limits l = Limits.of(1, 2);
        assertEquals(0, Rules.compare(6.32, l.upper()));
        XmrChart chart = XmrChart.of(series(0, 2, 0, 2, 0, 2), Polarity.HIGHER_IS_BETTER, null, List.of());
        assertTrue(chart.points().stream().noneMatch(SpcPoint::special));
    }

    @Test
    void outsideTheLimitsComesBeforeATrendTheOtherWay() {
        // Ten zeros, then 30, 20, 15, 10, 6, 3, 1: mean 85 / 17 = 5, mean moving range 59 / 16 = 3.6875,
        // upper limit 5 + 9.809 = 14.81. 30, 20 and 15 are above it; the seven from 30 down are a falling
        // trend; the ten zeros lie below the mean (a shift).
        XmrChart chart = XmrChart.of(series(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 20, 15, 10, 6, 3, 1),
                Polarity.LOWER_IS_BETTER, null, List.of());
        assertEquals(5, chart.latest().limits().mean(), 1e-12);
        assertEquals(59.0 / 16, chart.latest().limits().meanMovingRange(), 1e-12);
        for (int i = 10; i <= 12; i++) {
            SpcPoint p = chart.points().get(i);
            assertEquals(Rule.OUTSIDE_LIMITS, p.rule(), "point " + i);
            assertEquals(1, p.side());
            assertEquals(Variation.CONCERN_HIGH, p.variation());
        }
        for (int i = 13; i <= 16; i++) {
            assertEquals(Rule.TREND, chart.points().get(i).rule(), "point " + i);
            assertEquals(-1, chart.points().get(i).side());
            assertEquals(Variation.IMPROVEMENT_LOW, chart.points().get(i).variation());
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(Rule.SHIFT, chart.points().get(i).rule(), "point " + i);
        }
        assertEquals(Variation.IMPROVEMENT_LOW, chart.variation(), "the latest point is in the falling trend");
    }

    @Test
    void aFlatRunBreaksNoRuleAndItsLimitsAreItsValue() {
        XmrChart chart = XmrChart.of(series(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), Polarity.HIGHER_IS_BETTER, 5.0,
                List.of());
        Limits l = chart.latest().limits();
        assertEquals(5, l.mean());
        assertEquals(0, l.meanMovingRange());
        assertEquals(5, l.upper());
        assertEquals(5, l.lower());
        assertTrue(chart.points().stream().noneMatch(SpcPoint::special));
        assertEquals(Variation.COMMON_CAUSE, chart.variation());
        assertEquals(Assurance.HIT_AND_MISS, chart.assurance(), "a target exactly on the limits");
        assertEquals(Assurance.FAIL, XmrChart.of(chart.points().stream().map(p -> new Observation(p.date(), p.value()))
                .toList(), Polarity.HIGHER_IS_BETTER, 6.0, List.of()).assurance());
    }

    @Test
    void roundingDoesNotPutAPointOffTheMean() {
        assertEquals(0, Rules.compare(0.1 + 0.2, 0.3));
        assertEquals(-1, Rules.compare(0.3, 0.3000001));
        // 0.1, 0.2, 0.3 repeated: the 0.2s sit on the mean and break every run, so no shift.
        XmrChart chart = XmrChart.of(series(0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3),
                Polarity.HIGHER_IS_BETTER, null, List.of());
        assertEquals(0.2, chart.latest().limits().mean(), 1e-12);
        assertTrue(chart.points().stream().noneMatch(SpcPoint::special));
    }

    // Icons.

    @Test
    void everyVariationForEachPolarity() {
        assertEquals(Variation.IMPROVEMENT_HIGH, Variation.of(1, Polarity.HIGHER_IS_BETTER));
        assertEquals(Variation.CONCERN_LOW, Variation.of(-1, Polarity.HIGHER_IS_BETTER));
        assertEquals(Variation.CONCERN_HIGH, Variation.of(1, Polarity.LOWER_IS_BETTER));
        assertEquals(Variation.IMPROVEMENT_LOW, Variation.of(-1, Polarity.LOWER_IS_BETTER));
        assertEquals(Variation.NEITHER_HIGH, Variation.of(1, Polarity.NEUTRAL));
        assertEquals(Variation.NEITHER_LOW, Variation.of(-1, Polarity.NEUTRAL));
        assertEquals(Variation.COMMON_CAUSE, Variation.of(0, Polarity.NEUTRAL));
        for (Variation v : Variation.values()) {
            assertTrue(v.icon().startsWith("/img/spc-variation-") && v.icon().endsWith(".svg"), v.icon());
            assertFalse(v.word().isBlank());
            assertEquals(v.special(), v.improvement() || v.concern() || v.css().equals("neither"), v.name());
        }
        for (Assurance a : Assurance.values()) {
            assertTrue(a.icon().startsWith("/img/spc-assurance-"), a.icon());
        }
    }

    @Test
    void assuranceAtEveryBoundary() {
        // 10 and 12 alternating, 14 points: mean 11, moving range 2, limits 5.68 to 16.32.
        List<Observation> points = series(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12);
        double upper = 11 + 2.66 * 2;
        double lower = 11 - 2.66 * 2;
        assertEquals(Assurance.FAIL, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, upper + 0.01, List.of()).assurance());
        assertEquals(Assurance.HIT_AND_MISS, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, upper, List.of()).assurance());
        assertEquals(Assurance.PASS, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, lower - 0.01, List.of()).assurance());
        assertEquals(Assurance.HIT_AND_MISS, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, lower, List.of()).assurance());
        assertEquals(Assurance.PASS, XmrChart.of(points, Polarity.LOWER_IS_BETTER, upper + 0.01, List.of()).assurance());
        assertEquals(Assurance.FAIL, XmrChart.of(points, Polarity.LOWER_IS_BETTER, lower - 0.01, List.of()).assurance());
        assertEquals(Assurance.NONE, XmrChart.of(points, Polarity.NEUTRAL, 11.0, List.of()).assurance());
        assertEquals(Assurance.NONE, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of()).assurance());
        assertEquals(Assurance.NONE, XmrChart.of(series(4), Polarity.HIGHER_IS_BETTER, 1.0, List.of()).assurance());
    }

    // Segments.

    @Test
    void provisionalUnderThirteenPointsAndFirmFromThirteen() {
        List<Observation> twelve = series(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        assertTrue(XmrChart.of(twelve, Polarity.HIGHER_IS_BETTER, null, List.of()).provisional());
        List<Observation> thirteen = new ArrayList<>(twelve);
        thirteen.add(new Observation(XmrChartTest.DAY_ONE.plusDays(12), 1));
        assertFalse(XmrChart.of(thirteen, Polarity.HIGHER_IS_BETTER, null, List.of()).provisional());
        assertEquals(Variation.NOT_ENOUGH_DATA, XmrChart.of(series(3), Polarity.HIGHER_IS_BETTER, null, List.of()).variation());
        assertEquals(Variation.NOT_ENOUGH_DATA, XmrChart.of(List.of(), Polarity.HIGHER_IS_BETTER, null, List.of()).variation());
    }

    @Test
    void rebasesBeforeTheFirstOrAfterTheLastStartNothingAndALonePointHasNoLimits() {
        LocalDate first = XmrChartTest.DAY_ONE;
        List<Observation> points = series(1, 2, 3, 4, 5, 6);
        assertEquals(1, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of(first.minusDays(3))).segments().size());
        assertEquals(1, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of(first)).segments().size());
        assertEquals(1, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of(first.plusDays(9))).segments().size());
        XmrChart lone = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, 3.0, List.of(first.plusDays(5)));
        assertEquals(2, lone.segments().size());
        assertNull(lone.segments().get(1).limits());
        assertEquals(Variation.NOT_ENOUGH_DATA, lone.points().get(5).variation());
        assertEquals(Variation.NOT_ENOUGH_DATA, lone.variation());
        assertEquals(Assurance.NONE, lone.assurance());
        XmrChart twice = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of(first.plusDays(2), first.plusDays(3)));
        assertEquals(3, twice.segments().size(), "rebases on two days running leave a one-point segment between");
        assertEquals(1, twice.segments().get(1).size());
        // A rebase on a day with no value starts the segment at the next day that has one.
        XmrChart gap = XmrChart.of(List.of(new Observation(first, 1), new Observation(first.plusDays(1), 2),
                new Observation(first.plusDays(5), 3), new Observation(first.plusDays(6), 4)),
                Polarity.HIGHER_IS_BETTER, null, List.of(first.plusDays(3)));
        assertEquals(first.plusDays(5), gap.segments().get(1).start());
    }

    @Test
    void rareEventsAreMostlyZeroDays() {
        assertFalse(XmrChart.mostlyZero(series(0, 1, 0, 1)), "half is not more than half");
        assertTrue(XmrChart.mostlyZero(series(0, 1, 0, 0)));
        XmrChart rare = XmrChart.rareEvents(series(0, 0, 1, 0, 0), Polarity.LOWER_IS_BETTER, 0.0);
        assertEquals(Variation.RARE_EVENTS, rare.variation());
        assertEquals(Assurance.NONE, rare.assurance());
        assertTrue(rare.points().stream().noneMatch(SpcPoint::special));
    }
}
