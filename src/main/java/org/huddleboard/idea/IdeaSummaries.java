package org.huddleboard.idea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.ward.Ward;

/** Builds a ward's {@link IdeaSummary} in three queries, whatever the number of cards. */
@ApplicationScoped
@Transactional
public class IdeaSummaries {

    /** Celebrated ideas the summary carries: the wall gives pride of place to the latest. */
    static final int CELEBRATED = 3;

    public IdeaSummary summary(Ward ward, LocalDate today) {
        Map<IdeaColumn, Integer> counts = new EnumMap<>(IdeaColumn.class);
        for (IdeaColumn column : IdeaColumn.values()) {
            counts.put(column, 0);
        }
        List<Object[]> rows = Idea.getEntityManager()
                .createQuery("select i.column, count(i) from Idea i where i.ward = ?1 group by i.column", Object[].class)
                .setParameter(1, ward).getResultList();
        for (Object[] row : rows) {
            counts.put((IdeaColumn) row[0], ((Number) row[1]).intValue());
        }

        List<IdeaSummary.Card> testing = new ArrayList<>();
        List<IdeaSummary.Card> newest = new ArrayList<>();
        int overdue = 0;
        List<Idea> open = Idea.list("ward = ?1 and column in ?2 order by movedAt desc, id desc", ward,
                List.of(IdeaColumn.NEW, IdeaColumn.TESTING));
        for (Idea i : open) {
            boolean late = i.overdueOn(today);
            overdue += late ? 1 : 0;
            IdeaSummary.Card card = new IdeaSummary.Card(i.id, i.title, i.owner, i.dueDate, late);
            (i.column == IdeaColumn.TESTING ? testing : newest).add(card);
        }

        List<IdeaSummary.Celebrated> celebrated = Idea
                .find("ward = ?1 and column = ?2 order by celebratedOn desc, movedAt desc, id desc", ward,
                        IdeaColumn.CELEBRATED)
                .page(0, CELEBRATED).<Idea> list().stream()
                .map(i -> new IdeaSummary.Celebrated(i.id, i.title, i.celebratedOn,
                        i.offerSummary != null ? i.offerSummary : i.effect))
                .toList();
        return new IdeaSummary(counts, open.size(), overdue, testing, newest, celebrated);
    }
}
