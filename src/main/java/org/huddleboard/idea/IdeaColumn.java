package org.huddleboard.idea;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a ward's idea board, and the only moves allowed between them: New → Testing →
 * Implemented → Celebrated, with Parked (given a reason) reachable from New and Testing and
 * revived to New. Any other move is refused, naming the moves this lists.
 */
public enum IdeaColumn {
    NEW("New"),
    TESTING("Testing"),
    IMPLEMENTED("Implemented"),
    CELEBRATED("Celebrated"),
    PARKED("Parked");

    public final String label;

    IdeaColumn(String label) {
        this.label = label;
    }

    /** The columns a card in this column may move to. */
    public Set<IdeaColumn> next() {
        return switch (this) {
            case NEW -> EnumSet.of(TESTING, PARKED);
            case TESTING -> EnumSet.of(IMPLEMENTED, PARKED);
            case IMPLEMENTED -> EnumSet.of(CELEBRATED);
            case CELEBRATED -> EnumSet.noneOf(IdeaColumn.class);
            case PARKED -> EnumSet.of(NEW);
        };
    }

    public boolean canMoveTo(IdeaColumn to) {
        return next().contains(to);
    }

    /** Still to be done: an owned card here past its due date is overdue. */
    public boolean inProgress() {
        return this == NEW || this == TESTING;
    }

    /** Implemented or Celebrated: proven, so it may be offered to other wards. */
    public boolean proven() {
        return this == IMPLEMENTED || this == CELEBRATED;
    }

    /** The CSS class suffix and URL form, e.g. {@code testing}. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
