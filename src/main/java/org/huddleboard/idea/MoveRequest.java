package org.huddleboard.idea;

/**
 * A card moved to another column. Parked takes a {@code reason}; Implemented takes
 * {@code changeMade} and its {@code effect}; no other move takes either.
 */
public record MoveRequest(Integer version, IdeaColumn to, String reason, String changeMade, String effect,
        String enteredBy) {
}
