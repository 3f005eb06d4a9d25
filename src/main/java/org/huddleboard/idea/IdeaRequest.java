package org.huddleboard.idea;

/**
 * A new card, or the whole of an edited one. For an edit, {@code version} is the card version
 * it is based on, and a field left out is cleared; a new card ignores it. {@code dueDate} is an
 * ISO date; {@code measure} the key of a measure on the ward's board; {@code enteredBy} the name
 * typed on a shared tablet.
 */
public record IdeaRequest(Integer version, String title, String problem, String idea, String raisedBy, String owner,
        String dueDate, String measure, QualityAim qualityAim, String enteredBy) {
}
