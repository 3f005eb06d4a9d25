package org.huddleboard.idea;

/** A change that carries nothing but the card version it is based on, such as a sign-off. */
public record VersionRequest(Integer version) {
}
