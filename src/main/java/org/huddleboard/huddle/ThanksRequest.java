package org.huddleboard.huddle;

/** Thanks or a celebration; {@code by} is an optional short name. */
public record ThanksRequest(String text, String by, Long huddleId) {
}
