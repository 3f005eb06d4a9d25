package org.huddleboard.huddle;

import java.time.Instant;
import java.time.LocalDate;

/** An action as the API and screens show it; {@code carriedOver}: agreed on an earlier day and still open. */
public record ActionView(long id, String ward, String text, String owner, LocalDate dueDate, LocalDate createdOn,
        ActionState state, boolean overdue, boolean carriedOver, Instant closedAt, String closedBy, int version) {

    static ActionView of(HuddleAction a, LocalDate today) {
        boolean open = a.state == ActionState.OPEN;
        return new ActionView(a.id, a.ward.code, a.text, a.owner, a.dueDate, a.createdOn, a.state,
                open && a.dueDate.isBefore(today), open && a.createdOn.isBefore(today), a.closedAt, a.closedBy,
                a.version);
    }

    public boolean open() {
        return state == ActionState.OPEN;
    }

    public boolean dueToday(LocalDate today) {
        return open() && dueDate.equals(today);
    }
}
