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
 * XmR chart of noughts and ones says nothing a statistician would stand by, and nor does one of
 * daily counts of rare harm (XmrChart.rareEvents).
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
        // Plain columns, not entities: a year of a ward's measures is thousands of rows.
        List<Object[]> rows = MeasureEntry.getEntityManager().createQuery(
                "select e.measure.id, e.date, e.value from MeasureEntry e where e.ward = ?1 and e.date >= ?2"
                        + " and e.date <= ?3", Object[].class)
                .setParameter(1, ward).setParameter(2, today.minusDays(WINDOW_DAYS - 1)).setParameter(3, today)
                .getResultList();
        for (Object[] row : rows) {
            points.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new Observation((LocalDate) row[1], (Double) row[2]));
        }
        Map<Long, List<LocalDate>> rebases = new HashMap<>();
        for (MeasureRebase r : MeasureRebase.<MeasureRebase>list("wardMeasure.ward = ?1", ward)) {
            rebases.computeIfAbsent(r.wardMeasure.id, k -> new ArrayList<>()).add(r.date);
        }
        Map<Long, XmrChart> charts = new HashMap<>();
        for (WardMeasure wm : measures) {
            List<Observation> values = wm.measure.kind == Kind.YES_NO ? List.of()
                    : points.getOrDefault(wm.measure.id, List.of());
            Polarity polarity = Polarity.of(wm.measure.direction);
            charts.put(wm.id, wm.measure.kind == Kind.COUNT && XmrChart.mostlyZero(values)
                    ? XmrChart.rareEvents(values, polarity, wm.effectiveTarget())
                    : XmrChart.of(values, polarity, wm.effectiveTarget(), rebases.getOrDefault(wm.id, List.of())));
        }
        return charts;
    }
}
