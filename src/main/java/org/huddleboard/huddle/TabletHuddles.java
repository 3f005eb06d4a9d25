package org.huddleboard.huddle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.board.BoardService;
import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.board.MeasureTile;
import org.huddleboard.common.PublicText;
import org.huddleboard.escalation.TabletEscalations;
import org.huddleboard.idea.TabletIdeas;
import org.huddleboard.measure.Category;
import org.huddleboard.measure.Kind;
import org.huddleboard.ward.Ward;

/** Reads the huddle page of a ward's tablet in one transaction, so its parts agree on one board version. */
@ApplicationScoped
@Transactional
public class TabletHuddles {

    @Inject
    BoardService boards;
    @Inject
    HuddleService huddles;
    @Inject
    TabletIdeas ideas;
    @Inject
    TabletEscalations escalations;

    /** For a ward the caller has checked this viewer may change. */
    public TabletHuddle page(Viewer viewer, String wardCode) {
        return read(viewer, wardCode, true);
    }

    /** The same without the ideas and escalations parts, which have their own addresses: for the page's other parts. */
    public TabletHuddle part(Viewer viewer, String wardCode) {
        return read(viewer, wardCode, false);
    }

    private TabletHuddle read(Viewer viewer, String wardCode, boolean whole) {
        BoardSnapshot board = boards.snapshot(viewer, wardCode);
        Ward ward = Ward.findByCode(wardCode).orElseThrow();
        LocalDate today = board.date();
        HuddleView current = Huddle.inProgress(ward).map(huddles::view).orElse(null);
        HuddleView lastToday = Huddle.forWard(ward, today, today).stream().filter(h -> !h.inProgress())
                .max(Comparator.comparing((Huddle h) -> h.startedAt)).map(huddles::view).orElse(null);
        List<TabletHuddle.ActionLine> actions = board.huddle().actions().stream()
                .map(a -> TabletHuddle.ActionLine.of(a, today)).toList();
        List<TabletHuddle.DueChoice> due = List.of(new TabletHuddle.DueChoice("Today", today),
                new TabletHuddle.DueChoice("Tomorrow", today.plusDays(1)),
                new TabletHuddle.DueChoice("In a week", today.plusDays(7)));
        return new TabletHuddle(board, current, lastToday, huddles.facilitators(viewer, wardCode), groups(board),
                actions, board.huddle().thanks(), due, whole ? ideas.part(viewer, wardCode) : null,
                whole ? escalations.part(viewer, wardCode) : null, PublicText.REMINDER, viewer.isDevice());
    }

    /**
     * The safety check (the ward's safety measures, those with a safety cross first) and the other
     * measures, those with no value today first; otherwise in the board's order.
     */
    static List<TabletHuddle.Group> groups(BoardSnapshot board) {
        List<TabletHuddle.Row> safety = new ArrayList<>();
        List<TabletHuddle.Row> others = new ArrayList<>();
        int crosses = 0;
        java.util.Map<String, String> howToCount = new java.util.HashMap<>();
        for (org.huddleboard.measure.MeasureDefinition m : board.measures().isEmpty() ? List
                .<org.huddleboard.measure.MeasureDefinition>of() : org.huddleboard.measure.MeasureDefinition
                .<org.huddleboard.measure.MeasureDefinition>list("key in ?1 and howToCount is not null",
                        board.measures().stream().map(MeasureTile::key).toList())) {
            howToCount.put(m.key, m.howToCount);
        }
        for (MeasureTile tile : board.measures()) {
            boolean cross = board.hasCross(tile.key());
            if (tile.category() == Category.SAFETY) {
                TabletHuddle.Row row = new TabletHuddle.Row(tile, tile.kind() == Kind.COUNT, cross,
                        howToCount.get(tile.key()));
                if (cross) {
                    safety.add(crosses++, row);
                } else {
                    safety.add(row);
                }
            } else {
                others.add(new TabletHuddle.Row(tile, false, cross, howToCount.get(tile.key())));
            }
        }
        List<TabletHuddle.Row> measures = new ArrayList<>(others.stream().filter(r -> !r.entered()).toList());
        measures.addAll(others.stream().filter(TabletHuddle.Row::entered).toList());
        return List.of(
                new TabletHuddle.Group("safety", "Safety check",
                        "Any harm in the last 24 hours? Tap “No harm” or type the count.", safety),
                new TabletHuddle.Group("measures", "Today's measures",
                        "Those not entered yet come first; yesterday's value is beside each.", measures));
    }
}
