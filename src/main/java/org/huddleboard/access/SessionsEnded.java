package org.huddleboard.access;

/** A person's sessions ended (signed out, deactivated, password changed); their live boards close after commit. */
public record SessionsEnded(long personId) {
}
