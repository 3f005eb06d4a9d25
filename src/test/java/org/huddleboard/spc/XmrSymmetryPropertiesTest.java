package org.huddleboard.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * More properties over seeded random series (reusing {@link XmrPropertiesTest#random}): mirroring
 * every value flips each flag's side and nothing else; a rebase makes each segment the chart of its
 * points alone; a neutral measure never improves or worsens and gets no assurance; the assurance
 * follows the target's place against the latest limits.
 */
class XmrSymmetryPropertiesTest {

    @Test
    void mirroringEveryValueFlipsEachSideAndKeepsEachRule() {
        Random r = new Random(11);
        for (int run = 0; run < XmrPropertiesTest.RUNS; run++) {
            List<Observation> points = XmrPropertiesTest.random(r);
            List<Observation> mirrored = points.stream().map(o -> new Observation(o.date(), -o.value())).toList();
            XmrChart a = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of());
            XmrChart b = XmrChart.of(mirrored, Polarity.HIGHER_IS_BETTER, null, List.of());
            for (int i = 0; i < points.size(); i++) {
                SpcPoint p = a.points().get(i);
                SpcPoint q = b.points().get(i);
                assertEquals(p.rule(), q.rule(), "run " + run + " point " + i);
                assertEquals(p.side(), -q.side(), "run " + run + " point " + i);
            }
        }
    }

    @Test
    void aRebasedSegmentIsTheChartOfItsPointsAlone() {
        Random r = new Random(12);
        for (int run = 0; run < XmrPropertiesTest.RUNS; run++) {
            List<Observation> points = XmrPropertiesTest.random(r);
            if (points.size() < 4) {
                continue;
            }
            int k = 1 + r.nextInt(points.size() - 1);
            LocalDate rebase = points.get(k).date();
            XmrChart whole = XmrChart.of(points, Polarity.LOWER_IS_BETTER, 50.0, List.of(rebase));
            XmrChart before = XmrChart.of(points.subList(0, k), Polarity.LOWER_IS_BETTER, 50.0, List.of());
            XmrChart after = XmrChart.of(points.subList(k, points.size()), Polarity.LOWER_IS_BETTER, 50.0, List.of());
            assertEquals(2, whole.segments().size());
            assertEquals(before.segments().get(0).limits(), whole.segments().get(0).limits());
            assertEquals(after.segments().get(0).limits(), whole.segments().get(1).limits());
            for (int i = 0; i < points.size(); i++) {
                SpcPoint alone = i < k ? before.points().get(i) : after.points().get(i - k);
                SpcPoint in = whole.points().get(i);
                assertEquals(alone.rule(), in.rule());
                assertEquals(alone.side(), in.side());
                assertEquals(alone.variation(), in.variation());
                assertEquals(i < k ? 0 : 1, in.segment());
            }
            assertEquals(after.variation(), whole.variation());
            assertEquals(after.assurance(), whole.assurance());
            assertEquals(points.size() - k < 13, whole.provisional());
        }
    }

    @Test
    void aNeutralMeasureIsOnlyEverUnusualAndHasNoAssurance() {
        Random r = new Random(13);
        for (int run = 0; run < XmrPropertiesTest.RUNS; run++) {
            List<Observation> points = XmrPropertiesTest.random(r);
            XmrChart chart = XmrChart.of(points, Polarity.NEUTRAL, r.nextDouble() * 100, List.of());
            assertEquals(Assurance.NONE, chart.assurance());
            for (SpcPoint p : chart.points()) {
                assertFalse(p.variation().improvement() || p.variation().concern());
                assertEquals(p.rule() != null, p.variation().special());
                if (p.rule() != null) {
                    assertEquals(p.side() > 0 ? Variation.NEITHER_HIGH : Variation.NEITHER_LOW, p.variation());
                }
            }
        }
    }

    @Test
    void theAssuranceFollowsTheTargetsPlaceAgainstTheLatestLimits() {
        Random r = new Random(14);
        for (int run = 0; run < XmrPropertiesTest.RUNS; run++) {
            List<Observation> points = XmrPropertiesTest.random(r);
            double target = r.nextDouble() * 160 - 30;
            XmrChart up = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, target, List.of());
            XmrChart down = XmrChart.of(points, Polarity.LOWER_IS_BETTER, target, List.of());
            XmrChart none = XmrChart.of(points, Polarity.HIGHER_IS_BETTER, null, List.of());
            Limits l = up.latest().limits();
            assertEquals(Assurance.NONE, none.assurance());
            if (target > l.upper() + 1e-6) {
                assertEquals(Assurance.FAIL, up.assurance());
                assertEquals(Assurance.PASS, down.assurance());
            } else if (target < l.lower() - 1e-6) {
                assertEquals(Assurance.PASS, up.assurance());
                assertEquals(Assurance.FAIL, down.assurance());
            } else if (target > l.lower() + 1e-6 && target < l.upper() - 1e-6) {
                assertEquals(Assurance.HIT_AND_MISS, up.assurance());
                assertEquals(Assurance.HIT_AND_MISS, down.assurance());
            }
            // A target exactly on either limit hits and misses, in both directions.
            assertEquals(Assurance.HIT_AND_MISS, XmrChart.of(points, Polarity.HIGHER_IS_BETTER, l.upper(), List.of()).assurance());
            assertEquals(Assurance.HIT_AND_MISS, XmrChart.of(points, Polarity.LOWER_IS_BETTER, l.lower(), List.of()).assurance());
            assertTrue(l.upper() >= l.lower());
        }
    }
}
