package org.huddleboard.escalation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A ward's escalations for its wall screen and the board JSON: those still waiting on a tier,
 * worst first (overdue, then urgent, then oldest), and the answers the ward has not yet closed
 * ("You said, we did"), latest answer first. Ages and overdue marks are for the trust clock's now;
 * {@code refreshInSeconds} says when the soonest of them changes (an age label or an overdue
 * mark), so a wall screen knows when to read its board again though nothing was changed.
 */
public record EscalationSummary(int overdue, List<Waiting> waiting, List<Answered> answered,
        // For the wall page only: it counts down, so two reads of an unchanged board would differ.
        @JsonIgnore Long refreshInSeconds) {

    /** Items the wall region has room for (see board.css: the escalations region). */
    static final int WALL_ITEMS = 3;

    /** Waiting on a tier: OPEN or ACKNOWLEDGED. */
    public record Waiting(long id, String title, EscalationCategory category, Severity severity, int tier,
            String tierText, String owner, Instant raisedAt, String age, boolean overdue, String overdueReason) {

        /** The owner, or that nobody has taken it yet. */
        public String ownerText() {
            return owner == null ? "Not yet acknowledged" : owner;
        }
    }

    /** Answered (resolved, or handed back with guidance), waiting on the ward to close it. */
    public record Answered(long id, String title, EscalationState state, String answer, String answeredBy,
            Instant answeredAt) {

        /** A hand-back answers with guidance for the ward, not with something done. */
        public boolean guidance() {
            return state == EscalationState.HANDED_BACK;
        }
    }

    /**
     * Open escalations the wall shows: all it has room for, keeping one place for the latest
     * answer when there is one.
     */
    @JsonIgnore
    public List<Waiting> wallWaiting() {
        int room = answered.isEmpty() ? WALL_ITEMS : WALL_ITEMS - 1;
        return first(waiting, room);
    }

    /** Answers the wall shows: the places the open ones leave. */
    @JsonIgnore
    public List<Answered> wallAnswered() {
        return first(answered, WALL_ITEMS - wallWaiting().size());
    }

    @JsonIgnore
    public int moreWaiting() {
        return waiting.size() - wallWaiting().size();
    }

    @JsonIgnore
    public int moreAnswered() {
        return answered.size() - wallAnswered().size();
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }
}
