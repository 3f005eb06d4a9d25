package org.huddleboard.access;

/** A device's name changed (people's role or scope: {@link ScopeChanged}); cached copies are dropped once the change commits. */
public record ViewerChanged(Viewer.Kind kind, long id) {
}
