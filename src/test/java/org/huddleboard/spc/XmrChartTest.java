package org.huddleboard.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Worked examples; the arithmetic is in the comments so a reader can check it by hand. */
class XmrChartTest {

    static final LocalDate DAY_ONE = LocalDate.of(2026, 9, 1);

    static List<Observation> days(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(DAY_ONE.plusDays(i), values[i]));
        }
        return list;
    }

    @Test
    void limitsAreTheMeanPlusOrMinus266TimesTheMeanMovingRange() {
        // mean (2+4+3+5+6)/5 = 4; moving ranges 2,1,2,1 → mean 1.5; 2.66 × 1.5 = 3.99
        XmrChart chart = XmrChart.of(days(2, 4, 3, 5, 6), Polarity.HIGHER_IS_BETTER, 5.0, List.of());
        Limits l = chart.latest().limits();
        assertEquals(4, l.mean(), 1e-12);
        assertEquals(1.5, l.meanMovingRange(), 1e-12);
        assertEquals(7.99, l.upper(), 1e-12);
        assertEquals(0.01, l.lower(), 1e-12);
        assertEquals(4 + 2.66, l.upperNear(), 1e-12);
        assertTrue(chart.provisional(), "5 points are fewer than 13");
        assertEquals(Variation.COMMON_CAUSE, chart.variation());
        assertEquals(Assurance.HIT_AND_MISS, chart.assurance());
    }

    @Test
    void aPointOutsideTheLimitsIsAConcernWhenLowerIsBetter() {
        // 12 × 10 then 30: mean 13.0769…, moving ranges 0 ×11 and 20 → mean 20/12 = 1.667; UPL = 13.08 + 4.43 = 17.5
        double[] values = new double[13];
        java.util.Arrays.fill(values, 10);
        values[12] = 30;
        XmrChart chart = XmrChart.of(days(values), Polarity.LOWER_IS_BETTER, 12.0, List.of());
        SpcPoint last = chart.points().get(12);
        assertEquals(Rule.OUTSIDE_LIMITS, last.rule());
        assertEquals(Variation.CONCERN_HIGH, chart.variation());
        // The twelve 10s lie below the mean: a shift, which for a lower-is-better measure is an improvement.
        assertEquals(Rule.SHIFT, chart.points().get(0).rule());
        assertEquals(Variation.IMPROVEMENT_LOW, chart.points().get(0).variation());
    }

    @Test
    void sevenRisingPointsAreATrendAndSixAreNot() {
        XmrChart six = XmrChart.of(days(5, 1, 2, 3, 4, 5, 6), Polarity.HIGHER_IS_BETTER, null, List.of());
        assertTrue(six.points().stream().noneMatch(p -> p.rule() == Rule.TREND));
        XmrChart seven = XmrChart.of(days(5, 1, 2, 3, 4, 5, 6, 7), Polarity.HIGHER_IS_BETTER, null, List.of());
        assertEquals(7, seven.points().stream().filter(p -> p.rule() == Rule.TREND).count());
        assertEquals(Variation.IMPROVEMENT_HIGH, seven.variation());
    }

    @Test
    void aPointOnTheMeanBreaksAShift() {
        // mean 39 / 13 = 3, so the 3 splits two runs of six; mean moving range 7 / 12, so 2 sigma is
        // 2.66 × 7/12 × 2/3 = 1.034 and no point lies beyond it
        XmrChart chart = XmrChart.of(days(2.5, 2, 2.5, 2, 2.5, 2, 3, 4, 3.5, 4, 3.5, 4, 3.5),
                Polarity.HIGHER_IS_BETTER, null, List.of());
        assertEquals(3, chart.latest().limits().mean(), 1e-12);
        assertTrue(chart.points().stream().noneMatch(SpcPoint::special));
    }

    @Test
    void aRebaseStartsASegmentWithItsOwnLimits() {
        XmrChart chart = XmrChart.of(days(10, 12, 11, 13, 2, 3, 2, 4), Polarity.LOWER_IS_BETTER, 3.0,
                List.of(DAY_ONE.plusDays(4)));
        assertEquals(2, chart.segments().size());
        assertEquals(11.5, chart.segments().get(0).limits().mean(), 1e-12);
        assertEquals(2.75, chart.segments().get(1).limits().mean(), 1e-12);
        assertEquals(1, chart.points().get(4).segment());
    }
}
