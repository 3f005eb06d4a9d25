package org.huddleboard.access;

/** A viewer's role, scope or name changed; cached copies are dropped once the change commits. */
public record ViewerChanged(Viewer.Kind kind, long id) {
}
