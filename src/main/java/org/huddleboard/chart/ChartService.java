package org.huddleboard.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.idea.Idea;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.spc.Limits;
import org.huddleboard.spc.Segment;
import org.huddleboard.spc.SpcPoint;
import org.huddleboard.spc.XmrChart;

/** A ward measure's chart, for whoever may read the ward. */
@ApplicationScoped
@Transactional
public class ChartService {

    @Inject
    MeasureCharts charts;
    @Inject
    TrustClock clock;

    public ChartView chart(Viewer viewer, String wardCode, String key) {
        WardMeasure wm = RebaseService.measure(viewer, wardCode, key);
        LocalDate today = clock.today();
        LocalDate from = today.minusDays(MeasureCharts.WINDOW_DAYS - 1);
        XmrChart chart = charts.chart(wm, today);
        List<ChartView.SegmentView> segments = new ArrayList<>();
        for (Segment s : chart.segments()) {
            Limits l = s.limits();
            LocalDate end = chart.points().get(s.to() - 1).date();
            segments.add(l == null
                    ? new ChartView.SegmentView(s.start(), end, s.size(), null, null, null, null, null, null,
                            s.provisional())
                    : new ChartView.SegmentView(s.start(), end, s.size(), l.mean(), l.meanMovingRange(), l.lower(),
                            l.upper(), l.lowerNear(), l.upperNear(), s.provisional()));
        }
        List<ChartView.PointView> points = new ArrayList<>();
        for (SpcPoint p : chart.points()) {
            points.add(new ChartView.PointView(p.date(), p.value(), p.segment(), p.rule(), p.variation()));
        }
        List<RebaseView> rebases = MeasureRebase.listFor(wm).stream().map(RebaseView::of).toList();
        List<ChartView.IdeaMark> ideas = Idea.<Idea>list("ward = ?1 and measure = ?2 and implementedOn >= ?3"
                + " order by implementedOn", wm.ward, wm.measure, from).stream()
                .map(i -> new ChartView.IdeaMark(i.id, i.implementedOn, i.title)).toList();
        MeasureDefinition m = wm.measure;
        return new ChartView(wm.ward.code, wm.ward.name, m.key, m.name, m.unit, m.kind, m.direction,
                wm.effectiveTarget(), from, today, chart.variation(), chart.variation().word(), chart.assurance(),
                chart.assurance().word(), chart.provisional(), segments, points, rebases, ideas);
    }
}
