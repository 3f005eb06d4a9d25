package org.huddleboard.access;

import java.time.Instant;
import java.util.Set;

import org.huddleboard.ward.Ward;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, and their scope: a paired device (one ward) or a signed-in person (their
 * wards, their CSUs, or the whole trust). Carried on the {@link SecurityIdentity}.
 *
 * <p>{@code sessionId} is the person's signed-in session the request came with (null for a
 * device), so that signing out ends that session's live boards and no other.
 */
public record Viewer(Kind kind, long id, String name, Role role, Set<String> wards, Set<String> csus,
        Long sessionId, Instant expiresAt) {

    public enum Kind {
        PERSON,
        DEVICE
    }

    static final String ATTRIBUTE = "huddle.viewer";

    public static Viewer of(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ATTRIBUTE);
    }

    public boolean canRead(Ward ward) {
        return canRead(ward.code, ward.csu.code);
    }

    /** The same check on codes alone, for a board held in memory. */
    public boolean canRead(String wardCode, String csuCode) {
        return switch (role) {
            case DISPLAY, WARD, LEAD -> wards.contains(wardCode);
            case MANAGER -> csus.contains(csuCode);
            case EXECUTIVE, ADMIN -> true;
        };
    }

    public boolean canWrite(Ward ward) {
        return (role == Role.WARD || role == Role.LEAD) && wards.contains(ward.code);
    }

    /** Leads pair devices for their own wards; admins for any ward. */
    public boolean canManageDevices(Ward ward) {
        return role == Role.ADMIN || role == Role.LEAD && wards.contains(ward.code);
    }

    public boolean isDevice() {
        return kind == Kind.DEVICE;
    }

    /** Where this viewer starts: a wall screen on its board, a ward tablet on its huddle page, people on the index. */
    public String landingPage() {
        if (!isDevice()) {
            return "/";
        }
        String ward = wards.iterator().next();
        return role == Role.DISPLAY ? "/wards/" + ward + "/board" : "/wards/" + ward + "/huddle";
    }
}
