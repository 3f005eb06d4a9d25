package org.huddleboard.access;

import java.util.List;

public record PersonView(String username, String displayName, String role, List<String> wards, List<String> csus,
        boolean active, String email, boolean erased) {

    static PersonView of(Person p) {
        return new PersonView(p.username, p.displayName, p.role.roleName(),
                p.wards.stream().map(w -> w.code).sorted().toList(), p.csus.stream().map(c -> c.code).sorted().toList(),
                p.active, p.email, p.erasedAt != null);
    }
}
