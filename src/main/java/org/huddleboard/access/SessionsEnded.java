package org.huddleboard.access;

/**
 * A person's sessions ended, and their live boards close after commit: one session when they
 * sign out ({@code sessionId}), all of them ({@code sessionId} null) when they are deactivated
 * or their password changes.
 */
public record SessionsEnded(long personId, Long sessionId) {

    public static SessionsEnded all(long personId) {
        return new SessionsEnded(personId, null);
    }

    public static SessionsEnded one(long personId, long sessionId) {
        return new SessionsEnded(personId, sessionId);
    }
}
