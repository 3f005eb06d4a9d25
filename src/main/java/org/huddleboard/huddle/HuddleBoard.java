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
    }

    @JsonIgnore
    public long overdueActions() {
        return actions.stream().filter(ActionView::overdue).count();
    }
}
