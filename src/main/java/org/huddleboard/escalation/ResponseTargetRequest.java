package org.huddleboard.escalation;

/**
 * A severity's three targets, each {@code PT2H}-style, {@code next-huddle} or {@code none}, with
 * the version the admin loaded (0 while the configured targets apply).
 */
public record ResponseTargetRequest(String acknowledge, String answer, String resolve, Integer version) {
}
