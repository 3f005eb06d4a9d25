package org.huddleboard.escalation;

/**
 * An action on an escalation: its name ({@code acknowledge}, {@code resolve}, ...), the version
 * of the escalation the caller loaded, the text the action needs (comment, answer, reason,
 * guidance), and optionally the name typed on a shared tablet.
 */
public record ActionRequest(String action, Integer version, String text, String enteredBy) {
}
