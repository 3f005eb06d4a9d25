package org.huddleboard.board;

/** A ward's wall screen settings: {@code theme} is DARK (the default) or LIGHT. */
public record WallSettings(String ward, String theme) {
}
