package org.huddleboard.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A ward's idea board at a glance, for the wall screen and the board JSON: how many cards each
 * column holds, the open cards (most recently moved first) with who owns them and when they are
 * due, and the latest celebrated ideas. The wall shows only the first few of each list and
 * counts the rest, so the screen never has to scroll however many cards a ward has.
 */
public record IdeaSummary(Map<IdeaColumn, Integer> counts, int open, int overdue, List<Card> testing,
        List<Card> newest, List<Celebrated> celebrated) {

    /** Cards of each list the wall has room for (see board.css: the ideas region). */
    static final int WALL_TESTING = 3;
    static final int WALL_NEW = 1;
    static final int WALL_CELEBRATED = 1;

    /** An open card; {@code overdue} is for the trust's today. */
    public record Card(long id, String title, String owner, LocalDate due, boolean overdue) {
    }

    /** A celebrated idea with its effect, in the offer's one line if it was offered. */
    public record Celebrated(long id, String title, LocalDate celebratedOn, String summary) {
    }

    public int count(IdeaColumn column) {
        return counts.getOrDefault(column, 0);
    }

    public int newCount() {
        return count(IdeaColumn.NEW);
    }

    public int testingCount() {
        return count(IdeaColumn.TESTING);
    }

    public int implementedCount() {
        return count(IdeaColumn.IMPLEMENTED);
    }

    public int celebratedCount() {
        return count(IdeaColumn.CELEBRATED);
    }

    public int parkedCount() {
        return count(IdeaColumn.PARKED);
    }

    /** An open column as the wall shows it: the first cards it has room for, and the rest counted. */
    public record WallColumn(IdeaColumn column, int count, List<Card> cards, int more) {

        /** New takes one line on the wall, its latest title beside the count, to leave room for escalations. */
        public boolean oneLine() {
            return column == IdeaColumn.NEW;
        }
    }

    /** Testing, then New: the cards being tried first, then the ideas waiting. */
    public List<WallColumn> wallColumns() {
        return List.of(wallColumn(IdeaColumn.TESTING, testing, WALL_TESTING), wallColumn(IdeaColumn.NEW, newest,
                WALL_NEW));
    }

    private WallColumn wallColumn(IdeaColumn column, List<Card> cards, int room) {
        return new WallColumn(column, count(column), first(cards, room), Math.max(0, cards.size() - room));
    }

    public List<Celebrated> wallCelebrated() {
        return first(celebrated, WALL_CELEBRATED);
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }
}
