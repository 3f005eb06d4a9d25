package org.huddleboard.access;

/**
 * A person's role, wards or CSUs changed. Their open live boards close after commit and
 * reload, so every one of them is checked again against the new scope.
 */
public record ScopeChanged(long personId) {
}
