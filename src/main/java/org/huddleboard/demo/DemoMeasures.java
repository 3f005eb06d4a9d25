package org.huddleboard.demo;

import static org.huddleboard.measure.Category.COST;
import static org.huddleboard.measure.Category.DELIVERY;
import static org.huddleboard.measure.Category.EXPERIENCE;
import static org.huddleboard.measure.Category.PEOPLE;
import static org.huddleboard.measure.Category.QUALITY;
import static org.huddleboard.measure.Category.SAFETY;
import static org.huddleboard.measure.Direction.HIGHER_IS_BETTER;
import static org.huddleboard.measure.Direction.LOWER_IS_BETTER;
import static org.huddleboard.measure.Kind.COUNT;
import static org.huddleboard.measure.Kind.NUMBER;
import static org.huddleboard.measure.Kind.PERCENTAGE;
import static org.huddleboard.measure.Kind.YES_NO;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.huddleboard.measure.Category;
import org.huddleboard.measure.Direction;
import org.huddleboard.measure.Kind;
import org.huddleboard.measure.MeasureDefinition;

/** The trust's demo measure library, and how each one's daily values behave. */
final class DemoMeasures {

    /**
     * {@code min} and {@code max} bound what can be true on one ward in one day; a staffing fill
     * rate can pass 100% when extra staff cover the shift.
     */
    record Spec(String key, String name, Category category, String unit, Kind kind, Direction direction,
            double target, double amber, double mean, double spread, double min, double max) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("falls", "Falls", SAFETY, "falls", COUNT, LOWER_IS_BETTER, 0, 0, 0.07, 0, 0, 30),
            new Spec("pressure-ulcers", "Pressure ulcers", SAFETY, "new", COUNT, LOWER_IS_BETTER, 0, 0, 0.04, 0,
                    0, 30),
            new Spec("medication-incidents", "Medication incidents", SAFETY, "incidents", COUNT, LOWER_IS_BETTER,
                    0, 1, 0.3, 0, 0, 50),
            new Spec("hand-hygiene", "Hand hygiene audit", QUALITY, "%", PERCENTAGE, HIGHER_IS_BETTER, 95, 90, 94,
                    3, 0, 100),
            new Spec("obs-on-time", "Observations on time", QUALITY, "%", PERCENTAGE, HIGHER_IS_BETTER, 90, 80, 88,
                    5, 0, 100),
            new Spec("would-recommend", "Would recommend (FFT)", EXPERIENCE, "%", PERCENTAGE, HIGHER_IS_BETTER, 90,
                    85, 96, 1.5, 0, 100),
            new Spec("discharges-before-noon", "Discharges before noon", DELIVERY, "%", PERCENTAGE,
                    HIGHER_IS_BETTER, 33, 25, 28, 9, 0, 100),
            new Spec("delayed-discharges", "Delayed discharges", DELIVERY, "patients", COUNT, LOWER_IS_BETTER, 2, 4,
                    3, 1.5, 0, 60),
            new Spec("cancelled-operations", "Cancelled operations", DELIVERY, "ops", COUNT, LOWER_IS_BETTER, 1, 2,
                    2.6, 1.1, 0, 100),
            new Spec("length-of-stay", "Average length of stay", DELIVERY, "days", NUMBER, LOWER_IS_BETTER, 5, 6,
                    5.4, 0.6, 0, 365),
            new Spec("medicines-recycled", "Medicines recycled correctly", COST, "%", PERCENTAGE, HIGHER_IS_BETTER,
                    80, 70, 62, 4, 0, 100),
            new Spec("agency-shifts", "Agency shifts", COST, "shifts", COUNT, LOWER_IS_BETTER, 1, 3, 1.8, 1.2, 0,
                    200),
            new Spec("staffing-fill-rate", "Staffing fill rate", PEOPLE, "%", PERCENTAGE, HIGHER_IS_BETTER, 95, 90,
                    94, 4, 0, 200),
            new Spec("staff-sickness", "Staff off sick", PEOPLE, "staff", COUNT, LOWER_IS_BETTER, 1, 2, 1.2, 1, 0,
                    100),
            new Spec("safe-staffing-agreed", "Safe staffing agreed", PEOPLE, "", YES_NO, HIGHER_IS_BETTER, 1, 1,
                    0.9, 0, 0, 1));

    private DemoMeasures() {
    }

    /**
     * Measures that got worse over the last twelve days on one ward, so the demo's charts and
     * roll-up show special cause concern beside the improvements.
     */
    static final Set<String> WORSENING = Set.of("ward-23/agency-shifts", "ward-41/staff-sickness");

    static boolean worsening(String ward, String measure) {
        return WORSENING.contains(ward + "/" + measure);
    }

    static Spec spec(String key) {
        return SPECS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * A plausible value for one day. An improving measure moves a sustained step in its good
     * direction two thirds of the way through the history, as after a successful change; a
     * worsening one moves the other way for the last twelve days.
     */
    static double value(MeasureDefinition m, boolean improving, boolean worsening, double progress, Random random) {
        Spec s = spec(m.key);
        double mean = s.mean();
        double spread = s.spread();
        if (improving && progress > 0.6) {
            // A better process is usually a steadier one too: the step stands out from the noise.
            double step = Math.max(s.kind() == PERCENTAGE ? 0.3 * mean : 0.55 * mean, 2 * spread);
            mean += m.direction == HIGHER_IS_BETTER ? step : -step;
            spread /= 2;
        }
        if (worsening && progress > 0.87) {
            double step = 1.5 * s.spread();
            mean += m.direction == HIGHER_IS_BETTER ? -step : step;
        }
        return switch (s.kind()) {
            case YES_NO -> random.nextDouble() < mean ? 1 : 0;
            case COUNT -> spread == 0 ? (random.nextDouble() < mean ? 1 : 0)
                    : Math.max(0, Math.round(mean + random.nextGaussian() * spread));
            case PERCENTAGE -> Math.min(100, Math.max(0, Math.round(mean + random.nextGaussian() * spread)));
            case NUMBER -> Math.max(0, Math.round((mean + random.nextGaussian() * spread) * 10) / 10.0);
        };
    }
}
