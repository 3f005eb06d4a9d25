package org.huddleboard.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.measure.Kind;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.spc.Observation;
import org.huddleboard.spc.Polarity;
import org.huddleboard.spc.XmrChart;
import org.huddleboard.ward.Ward;

/**
 * A ward's measures as Making Data Count charts: each day's value over the last year, split at
 * the ward's rebases, judged against the ward's own target. Yes/no measures get no chart: an
 * XmR chart of noughts and ones says nothing a statistician would stand by.
 */
@ApplicationScoped
@Transactional
public class MeasureCharts {

    /** How far back a chart reaches; bounds the work of a wall or roll-up render. */
    public static final int WINDOW_DAYS = 365;

    public XmrChart chart(WardMeasure wm, LocalDate today) {
        return charts(wm.ward, List.of(wm), today).get(wm.id);
    }

    /** The charts of these measures of one ward, keyed by ward measure id: two queries in all. */
    public Map<Long, XmrChart> charts(Ward ward, List<WardMeasure> measures, LocalDate today) {
        Map<Long, List<Observation>> points = new HashMap<>();
        for (MeasureEntry e : MeasureEntry.listForWard(ward, today.minusDays(WINDOW_DAYS - 1), today)) {
            points.computeIfAbsent(e.measure.id, k -> new ArrayList<>()).add(new Observation(e.date, e.value));
        }
        Map<Long, List<LocalDate>> rebases = new HashMap<>();
        for (MeasureRebase r : MeasureRebase.<MeasureRebase>list("wardMeasure.ward = ?1", ward)) {
            rebases.computeIfAbsent(r.wardMeasure.id, k -> new ArrayList<>()).add(r.date);
        }
        Map<Long, XmrChart> charts = new HashMap<>();
        for (WardMeasure wm : measures) {
            List<Observation> values = wm.measure.kind == Kind.YES_NO ? List.of()
                    : points.getOrDefault(wm.measure.id, List.of());
            charts.put(wm.id, XmrChart.of(values, Polarity.of(wm.measure.direction), wm.effectiveTarget(),
                    rebases.getOrDefault(wm.id, List.of())));
        }
        return charts;
    }
}
