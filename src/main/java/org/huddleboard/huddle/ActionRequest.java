package org.huddleboard.huddle;

/** A new action, or an open one corrected ({@code version} needed then). {@code dueDate} is an ISO date. */
public record ActionRequest(String text, String owner, String dueDate, Long huddleId, Integer version) {
}
