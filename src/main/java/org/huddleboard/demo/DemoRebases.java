package org.huddleboard.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.huddleboard.chart.MeasureRebase;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;

/**
 * Ward 14 changed its process for returning medicines the day its idea was implemented, and
 * recorded it, so its chart shows new limits from then. Wards 31 and 43 improved too but recorded
 * no change, so their charts show the shift as special cause improvement.
 */
final class DemoRebases {

    /** The first day of the better process: DemoMeasures steps after 60% of the history. */
    static final int STEP_DAYS_AGO = 35;

    private DemoRebases() {
    }

    static void create(Map<String, Ward> wards, LocalDate today, ZoneId zone) {
        Ward ward = wards.get("ward-14");
        WardMeasure wm = WardMeasure.findOnBoard(ward, "medicines-recycled").orElseThrow();
        MeasureRebase rebase = new MeasureRebase();
        rebase.wardMeasure = wm;
        rebase.date = today.minusDays(STEP_DAYS_AGO);
        rebase.reason = "Green returns box: unused medicines go back to pharmacy every afternoon";
        rebase.recordedBy = "Demo Ward Leader";
        rebase.recordedAt = rebase.date.atTime(10, 0).atZone(zone).toInstant();
        rebase.persist();
    }
}
