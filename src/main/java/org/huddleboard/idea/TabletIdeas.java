package org.huddleboard.idea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;

/** Reads what the ward tablet shows of the idea board; every change goes through the REST API. */
@ApplicationScoped
@Transactional
public class TabletIdeas {

    /** Celebrated cards stay on the board for ever; the tablet shows the latest few. */
    static final int CELEBRATED_SHOWN = 6;
    static final int OFFERED_SHOWN = 30;

    @Inject
    TrustClock clock;
    @Inject
    SpreadService spread;

    /** For a ward the caller has checked this viewer may change. */
    public IdeasPart part(Viewer viewer, String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow();
        var today = clock.today();
        List<Idea> ideas = Idea.listForWard(ward);
        Map<Long, IdeasPart.LastNote> notes = lastNotes(ideas);
        Map<String, String> measureNames = new HashMap<>();
        List<IdeasPart.MeasureChoice> measures = new ArrayList<>();
        for (WardMeasure wm : WardMeasure.listForWard(ward)) {
            measureNames.put(wm.measure.key, wm.measure.name);
            measures.add(new IdeasPart.MeasureChoice(wm.measure.key, wm.measure.name));
        }
        Map<IdeaColumn, List<IdeasPart.TabletCard>> byColumn = new EnumMap<>(IdeaColumn.class);
        for (IdeaColumn column : IdeaColumn.values()) {
            byColumn.put(column, new ArrayList<>());
        }
        for (Idea idea : ideas) {
            IdeaView view = IdeaView.of(idea, today);
            byColumn.get(idea.column).add(new IdeasPart.TabletCard(view,
                    view.measure() == null ? null : measureNames.getOrDefault(view.measure(), view.measure()),
                    notes.get(idea.id)));
        }
        List<IdeasPart.ColumnCards> columns = new ArrayList<>();
        for (var e : byColumn.entrySet()) {
            // Overdue first, so the huddle sees them; otherwise newest move first, as listed.
            List<IdeasPart.TabletCard> cards = new ArrayList<>(e.getValue());
            cards.sort(Comparator.comparing(c -> !c.view().overdue()));
            int more = 0;
            if (e.getKey() == IdeaColumn.CELEBRATED && cards.size() > CELEBRATED_SHOWN) {
                more = cards.size() - CELEBRATED_SHOWN;
                cards = cards.subList(0, CELEBRATED_SHOWN);
            }
            columns.add(new IdeasPart.ColumnCards(e.getKey(), cards, more));
        }
        return new IdeasPart(ward.code, ward.boardVersion, viewer.role() == Role.LEAD, columns, measures,
                offered(viewer, ward));
    }

    private static Map<Long, IdeasPart.LastNote> lastNotes(List<Idea> ideas) {
        List<Idea> testing = ideas.stream().filter(i -> i.column == IdeaColumn.TESTING).toList();
        Map<Long, IdeasPart.LastNote> last = new HashMap<>();
        if (testing.isEmpty()) {
            return last;
        }
        List<PdsaNote> notes = PdsaNote.list("idea in ?1 order by notedOn, id", testing);
        for (PdsaNote n : notes) {
            IdeasPart.LastNote before = last.get(n.idea.id);
            last.put(n.idea.id, new IdeasPart.LastNote(n.stage, n.notedOn, n.note, before == null ? 1 : before.count() + 1));
        }
        return last;
    }

    /** Offers from other wards, newest first, and whether this ward has adopted each already. */
    private List<IdeasPart.Offered> offered(Viewer viewer, Ward ward) {
        return spread.offered(viewer, ward.code).stream().limit(OFFERED_SHOWN)
                .map(o -> new IdeasPart.Offered(o.id(), o.wardName(), o.title(), o.problem(), o.idea(), o.summary(),
                        clock.dayOf(o.offeredAt()), o.adoptions(), o.adoptedBy().contains(ward.code)))
                .toList();
    }
}
