package org.huddleboard.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.EscalationSummaries;
import org.huddleboard.huddle.HuddleBoards;
import org.huddleboard.idea.IdeaSummaries;
import org.huddleboard.measure.EntryView;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.spc.XmrChart;
import org.huddleboard.chart.MeasureCharts;
import org.huddleboard.ward.Ward;

@ApplicationScoped
@Transactional
public class BoardService {

    static final int HISTORY_DAYS = 14;

    @Inject
    TrustClock clock;
    @Inject
    IdeaSummaries ideas;
    @Inject
    EscalationSummaries escalations;
    @Inject
    HuddleBoards huddles;
    @Inject
    MeasureCharts charts;

    /** The board, if this viewer may see it: 404 if there is no such ward, 403 if it is out of scope. */
    public BoardSnapshot snapshot(Viewer viewer, String wardCode) {
        return build(Access.readable(viewer, wardCode, "You may not see the board of ward " + wardCode));
    }

    /** The board for a caller that checked scope itself (the live board checks it at the handshake). */
    public Optional<BoardSnapshot> snapshot(String wardCode) {
        return Ward.findByCode(wardCode).map(this::build);
    }

    private BoardSnapshot build(Ward ward) {
        Instant now = clock.now();
        LocalDate today = clock.dayOf(now);
        LocalDate from = today.minusDays(HISTORY_DAYS - 1);
        LocalDate monthStart = today.withDayOfMonth(1);

        Map<Long, Map<LocalDate, MeasureEntry>> entries = new HashMap<>();
        for (MeasureEntry e : MeasureEntry.listForWard(ward, from.isBefore(monthStart) ? from : monthStart, today)) {
            entries.computeIfAbsent(e.measure.id, k -> new HashMap<>()).put(e.date, e);
        }
        List<MeasureTile> tiles = new ArrayList<>();
        List<SafetyCross> crosses = new ArrayList<>();
        List<WardMeasure> measures = sorted(WardMeasure.listForWard(ward));
        Map<Long, XmrChart> spc = charts.charts(ward, measures, today);
        for (WardMeasure wm : measures) {
            Map<LocalDate, MeasureEntry> byDate = entries.getOrDefault(wm.measure.id, Map.of());
            tiles.add(tile(wm, byDate, from, today, spc.get(wm.id)));
            if (wm.safetyCross) {
                crosses.add(safetyCross(ward, wm.measure, byDate, today));
            }
        }
        return new BoardSnapshot(
                new BoardSnapshot.WardInfo(ward.code, ward.name,
                        new BoardSnapshot.CsuInfo(ward.csu.code, ward.csu.name), ward.wallTheme.css()),
                today, clock.zone().getId(), ward.boardVersion, tiles, crosses,
                ideas.summary(ward, today), escalations.summary(ward, now), huddles.of(ward, today));
    }

    private static List<WardMeasure> sorted(List<WardMeasure> measures) {
        return measures.stream()
                .sorted(Comparator.<WardMeasure, Integer> comparing(wm -> wm.measure.category.ordinal())
                        .thenComparingInt(wm -> wm.sortOrder))
                .toList();
    }

    private static MeasureTile tile(WardMeasure wm, Map<LocalDate, MeasureEntry> byDate, LocalDate from,
            LocalDate today, XmrChart spc) {
        MeasureDefinition m = wm.measure;
        List<MeasureTile.DayValue> history = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            MeasureEntry e = byDate.get(d);
            Double value = e == null ? null : e.value;
            history.add(new MeasureTile.DayValue(d, value, wm.statusOf(value)));
        }
        MeasureEntry current = byDate.get(today);
        return new MeasureTile(m.key, m.name, m.category, m.unit, m.kind, m.direction, wm.effectiveTarget(),
                wm.effectiveAmberThreshold(), m.minValue, m.maxValue, current == null ? null : EntryView.of(current, wm),
                wm.statusOf(current == null ? null : current.value),
                history, MeasureTile.Spc.of(spc));
    }

    /** A cross for one harm measure: this month's days, and the days since the last harm on the ward. */
    private static SafetyCross safetyCross(Ward ward, MeasureDefinition harm, Map<LocalDate, MeasureEntry> byDate,
            LocalDate today) {
        Map<LocalDate, SafetyCross.DayValue> values = new HashMap<>();
        byDate.forEach((date, e) -> values.put(date, new SafetyCross.DayValue(e.value, e.presentOnAdmission)));
        LocalDate lastHarm = MeasureEntry.lastHarm(ward, harm, today);
        return SafetyCross.of(harm.key, harm.name, today, values, lastHarm);
    }
}
