package org.huddleboard.huddle;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The huddle's part of a ward's board: whether a huddle is running (and since when, against
 * what length), whether today's was held, the open actions and today's thanks.
 */
public record HuddleBoard(Status huddle, List<ActionView> actions, List<ThanksView> thanks) {

    /**
     * {@code startedAt} and {@code facilitator} are the running huddle's, else today's last one's;
     * {@code minutes} is the last ended huddle's length today.
     */
    public record Status(boolean inProgress, boolean heldToday, Long huddleId, Instant startedAt, int targetMinutes,
            String facilitator, int attendance, Double minutes, boolean autoEnded) {

        /** The last ended huddle's length in whole minutes, for the wall (at least 1). */
        @JsonIgnore
        public Long wholeMinutes() {
            return minutes == null ? null : Math.max(1, Math.round(minutes));
        }
    }

    @JsonIgnore
    public long overdueActions() {
        return actions.stream().filter(ActionView::overdue).count();
    }

    /**
     * Lines of the wall's foot (board.css): two at most, one item a line; two items of a list alone,
     * one of each when both have some.
     */
    @JsonIgnore
    public int footLines() {
        return wallActions().size() + wallThanks().size();
    }

    @JsonIgnore
    public List<ActionView> wallActions() {
        return first(actions, thanks.isEmpty() ? 2 : 1);
    }

    @JsonIgnore
    public int moreActions() {
        return actions.size() - wallActions().size();
    }

    @JsonIgnore
    public List<ThanksView> wallThanks() {
        return first(thanks, actions.isEmpty() ? 2 : 1);
    }

    @JsonIgnore
    public int moreThanks() {
        return thanks.size() - wallThanks().size();
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }
}
