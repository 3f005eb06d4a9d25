package org.huddleboard.huddle;

/** A step that needs only the version loaded, and optionally the short name of who did it. */
public record VersionRequest(Integer version, String by) {
}
