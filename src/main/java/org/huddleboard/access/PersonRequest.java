package org.huddleboard.access;

import java.util.List;

/** For an update, fields left out stay as they are; an empty email removes the address. */
public record PersonRequest(String username, String displayName, String password, String role, List<String> wards,
        List<String> csus, Boolean active, String email) {
}
