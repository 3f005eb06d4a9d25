package org.huddleboard.rollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.board.ValueFormat;
import org.huddleboard.chart.MeasureCharts;
import org.huddleboard.commitment.Commitment;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.EscalationCategory;
import org.huddleboard.escalation.EscalationFigures;
import org.huddleboard.escalation.Figures;
import org.huddleboard.huddle.HuddleFigures;
import org.huddleboard.huddle.HuddleFiguresService;
import org.huddleboard.idea.Idea;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.Status;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.spc.Variation;
import org.huddleboard.spc.XmrChart;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.FigureRanges;
import org.huddleboard.ward.Ward;

/**
 * The roll-up of the wards a leader may see (an executive or admin the trust, a manager their
 * CSUs, a lead their wards), or of one CSU within that. Huddle and escalation figures come from
 * their own services, over the same 30 days, so the numbers agree with those pages.
 */
@ApplicationScoped
@Transactional
public class RollupService {

    public static final int DAYS = 30;

    @Inject
    MeasureCharts charts;
    @Inject
    TrustClock clock;
    @Inject
    HuddleFiguresService huddles;
    @Inject
    EscalationFigures escalations;

    public Rollup rollup(Viewer viewer, String csuCode) {
        List<Ward> wards = FigureRanges.scope(viewer, "Roll-ups");
        String scope = "Trust";
        if (csuCode != null) {
            Csu csu = Csu.<Csu>find("code", csuCode).firstResultOptional()
                    .orElseThrow(() -> ApiProblem.notFound("CSU " + csuCode));
            wards = wards.stream().filter(w -> w.csu.code.equals(csuCode)).toList();
            if (wards.isEmpty() && Ward.count("csu = ?1 and retiredAt is null", csu) > 0) {
                throw ApiProblem.forbidden("You may not see CSU " + csuCode);
            }
            scope = csu.name;
        } else if (viewer.role() != org.huddleboard.access.Role.EXECUTIVE
                && viewer.role() != org.huddleboard.access.Role.ADMIN) {
            scope = "Your wards";
        }
        LocalDate today = clock.today();
        Map<Ward, List<WardMeasure>> measures = measuresOf(wards);
        List<Rollup.Group> groups = groups(measures);
        List<Rollup.Column> columns = groups.stream().flatMap(g -> g.columns().stream()).toList();
        Figures escalationFigures = escalations.figures(viewer, DAYS);
        Map<String, Rollup.Flow> flows = flows(viewer, wards, today, escalationFigures);
        List<Rollup.WardRow> rows = new ArrayList<>();
        for (Map.Entry<Ward, List<WardMeasure>> e : measures.entrySet()) {
            rows.add(row(e.getKey(), e.getValue(), columns, today, flows.get(e.getKey().code)));
        }
        return new Rollup(scope, csuCode, today, DAYS, groups, rows, commitments(groups, rows),
                themes(wards, escalationFigures), totals(rows));
    }

    /**
     * One ward's heatmap row, for the live page: the columns are worked out over the same scope as
     * the page's, so the cells line up; only this ward's charts are computed. No flow figures.
     */
    public Rollup.LiveRow row(Viewer viewer, String wardCode, String csuCode) {
        List<Ward> wards = FigureRanges.scope(viewer, "Roll-ups");
        if (csuCode != null) {
            wards = wards.stream().filter(w -> w.csu.code.equals(csuCode)).toList();
        }
        Map<Ward, List<WardMeasure>> measures = measuresOf(wards);
        List<Rollup.Group> groups = groups(measures);
        List<Rollup.Column> columns = groups.stream().flatMap(g -> g.columns().stream()).toList();
        Ward ward = wards.stream().filter(w -> w.code.equals(wardCode)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode + " in this roll-up"));
        return new Rollup.LiveRow(row(ward, measures.get(ward), columns, clock.today(), null), Rollup.columnKey(groups));
    }

    private static Map<Ward, List<WardMeasure>> measuresOf(List<Ward> wards) {
        Map<Ward, List<WardMeasure>> measures = new LinkedHashMap<>();
        for (Ward w : wards) {
            measures.put(w, WardMeasure.listForWard(w));
        }
        return measures;
    }

    /** The commitment a ward measure's column sits under: "" for none (or a retired one). */
    private static String commitmentOf(WardMeasure wm) {
        return wm.commitment == null || wm.commitment.retiredAt != null ? "" : wm.commitment.code;
    }

    private static List<Rollup.Group> groups(Map<Ward, List<WardMeasure>> measures) {
        Map<String, Map<String, WardMeasure>> byCommitment = new HashMap<>();
        for (List<WardMeasure> list : measures.values()) {
            for (WardMeasure wm : list) {
                byCommitment.computeIfAbsent(commitmentOf(wm), k -> new HashMap<>()).putIfAbsent(wm.measure.key, wm);
            }
        }
        List<Rollup.Group> groups = new ArrayList<>();
        for (Commitment c : Commitment.listCurrent()) {
            groups.add(new Rollup.Group(c.code, c.title, columns(c.code, byCommitment.get(c.code))));
        }
        if (byCommitment.containsKey("")) {
            groups.add(new Rollup.Group(null, "Serving no commitment", columns("", byCommitment.get(""))));
        }
        return groups;
    }

    private static List<Rollup.Column> columns(String commitment, Map<String, WardMeasure> measures) {
        if (measures == null) {
            return List.of();
        }
        return measures.values().stream()
                .sorted(Comparator.<WardMeasure, Integer> comparing(wm -> wm.measure.category.ordinal())
                        .thenComparing(wm -> wm.measure.name))
                .map(wm -> new Rollup.Column(commitment, wm.measure.key, wm.measure.name)).toList();
    }

    private Rollup.WardRow row(Ward ward, List<WardMeasure> measures, List<Rollup.Column> columns, LocalDate today,
            Rollup.Flow flow) {
        Map<Long, XmrChart> spc = charts.charts(ward, measures, today);
        Map<Long, Object[]> latest = latest(ward);
        int missing = 0;
        Map<String, Rollup.Cell> cells = new HashMap<>();
        for (WardMeasure wm : measures) {
            Object[] last = latest.get(wm.measure.id);
            LocalDate day = last == null ? null : (LocalDate) last[1];
            Double value = last == null ? null : (Double) last[2];
            boolean entered = today.equals(day);
            if (!entered) {
                missing++;
            }
            XmrChart chart = spc.get(wm.id);
            cells.put(commitmentOf(wm) + "/" + wm.measure.key, new Rollup.Cell(true, wm.measure.key,
                    value == null ? Status.NONE : wm.statusOf(value),
                    value == null ? "–" : ValueFormat.format(wm.measure.kind, value), day, entered,
                    chart.variation(), chart.assurance()));
        }
        List<Rollup.Cell> row = columns.stream()
                .map(c -> cells.getOrDefault((c.commitment() == null ? "" : c.commitment()) + "/" + c.measure(),
                        Rollup.Cell.NONE))
                .toList();
        return new Rollup.WardRow(ward.code, ward.name, ward.csu.code, ward.csu.name, measures.size(), missing, row,
                flow);
    }

    /** Each measure's latest value on the ward: measure id, day, value. */
    private static Map<Long, Object[]> latest(Ward ward) {
        List<Object[]> rows = MeasureEntry.getEntityManager().createQuery(
                "select e.measure.id, e.date, e.value from MeasureEntry e where e.ward = ?1 and e.date ="
                        + " (select max(l.date) from MeasureEntry l where l.ward = e.ward and l.measure = e.measure)",
                Object[].class).setParameter(1, ward).getResultList();
        Map<Long, Object[]> out = new HashMap<>();
        rows.forEach(r -> out.put((Long) r[0], r));
        return out;
    }

    private Map<String, Rollup.Flow> flows(Viewer viewer, List<Ward> wards, LocalDate today, Figures escalationFigures) {
        LocalDate from = today.minusDays(DAYS - 1L);
        ZoneId zone = clock.zone();
        Map<Long, Integer> raised = counts("select i.ward.id, count(i) from Idea i where i.raisedOn >= ?1"
                + " and i.adoptedFrom is null group by i.ward.id", from);
        Map<Long, Integer> implemented = counts("select i.ward.id, count(i) from Idea i where i.implementedOn >= ?1"
                + " group by i.ward.id", from);
        Map<Long, Integer> adopted = counts("select i.ward.id, count(i) from Idea i where i.adoptedFrom is not null"
                + " and i.createdAt >= ?1 group by i.ward.id", from.atStartOfDay(zone).toInstant());
        Map<String, HuddleFigures.Row> huddleRows = new HashMap<>();
        huddles.figures(viewer, DAYS).wards().forEach(r -> huddleRows.put(r.code(), r));
        Map<String, Figures.Unit> escalationRows = new HashMap<>();
        escalationFigures.wards().forEach(u -> escalationRows.put(u.code(), u));
        Map<String, Rollup.Flow> flows = new HashMap<>();
        for (Ward w : wards) {
            HuddleFigures.Row h = huddleRows.get(w.code);
            Figures.Unit e = escalationRows.get(w.code);
            flows.put(w.code, new Rollup.Flow(raised.getOrDefault(w.id, 0), implemented.getOrDefault(w.id, 0),
                    adopted.getOrDefault(w.id, 0), h == null ? 0 : h.daysHeld(), h == null ? DAYS : h.days(),
                    h == null ? 0 : h.sharePercent(), e == null ? 0 : e.raised()));
        }
        return flows;
    }

    private static Map<Long, Integer> counts(String query, Object from) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] r : Idea.getEntityManager().createQuery(query, Object[].class).setParameter(1, from)
                .getResultList()) {
            out.put((Long) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    private static List<Rollup.CommitmentCount> commitments(List<Rollup.Group> groups, List<Rollup.WardRow> rows) {
        List<Rollup.CommitmentCount> out = new ArrayList<>();
        int at = 0;
        for (Rollup.Group g : groups) {
            int from = at;
            int to = at + g.columns().size();
            at = to;
            if (g.commitment() == null) {
                continue;
            }
            int measures = 0;
            int wards = 0;
            int improving = 0;
            int concern = 0;
            int noChange = 0;
            int tooFew = 0;
            for (Rollup.WardRow r : rows) {
                List<Rollup.Cell> cells = r.cells().subList(from, to).stream().filter(Rollup.Cell::onBoard).toList();
                if (cells.isEmpty()) {
                    continue;
                }
                wards++;
                measures += cells.size();
                boolean up = cells.stream().anyMatch(c -> c.variation().improvement());
                boolean down = cells.stream().anyMatch(c -> c.variation().concern());
                boolean common = cells.stream().anyMatch(c -> c.variation() == Variation.COMMON_CAUSE
                        || c.variation().special());
                improving += up ? 1 : 0;
                concern += down ? 1 : 0;
                noChange += !up && !down && common ? 1 : 0;
                tooFew += common ? 0 : 1;
            }
            out.add(new Rollup.CommitmentCount(g.commitment(), g.title(), measures, wards, improving, concern, noChange,
                    tooFew));
        }
        return out;
    }

    private static List<Rollup.Theme> themes(List<Ward> wards, Figures escalationFigures) {
        Map<EscalationCategory, Integer> sum = new EnumMap<>(EscalationCategory.class);
        java.util.Set<String> codes = new java.util.HashSet<>();
        wards.forEach(w -> codes.add(w.code));
        for (Figures.Unit u : escalationFigures.wards()) {
            if (codes.contains(u.code())) {
                u.byCategory().forEach((k, v) -> sum.merge(k, v, Integer::sum));
            }
        }
        return sum.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<EscalationCategory, Integer> comparingByValue().reversed())
                .map(e -> new Rollup.Theme(e.getKey(), e.getKey().label, e.getValue())).toList();
    }

    private static Rollup.Totals totals(List<Rollup.WardRow> rows) {
        int days = 0;
        int held = 0;
        for (Rollup.WardRow r : rows) {
            days += r.flow().days();
            held += r.flow().daysHeld();
        }
        return new Rollup.Totals(rows.size(), rows.stream().mapToInt(Rollup.WardRow::notEnteredToday).sum(),
                rows.stream().mapToInt(r -> r.flow().raised()).sum(),
                rows.stream().mapToInt(r -> r.flow().implemented()).sum(),
                rows.stream().mapToInt(r -> r.flow().adopted()).sum(),
                days == 0 ? 0 : Math.round(100f * held / days),
                rows.stream().mapToInt(r -> r.flow().escalations()).sum());
    }
}
