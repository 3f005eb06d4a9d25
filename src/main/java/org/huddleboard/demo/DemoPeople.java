package org.huddleboard.demo;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.huddleboard.access.Person;
import org.huddleboard.access.Role;
import org.huddleboard.access.Passwords;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/** One person per signed-in role, with the passwords the README lists. Demo mode only. */
final class DemoPeople {

    record Spec(String username, String displayName, Role role, String password, List<String> wards,
            List<String> csus, String email) {
    }

    static final List<Spec> PEOPLE = List.of(
            new Spec("lead", "Demo Ward Leader", Role.LEAD, "lead-demo-2026", List.of("ward-12", "ward-14"),
                    List.of(), null),
            new Spec("manager", "Demo CSU Manager", Role.MANAGER, "manager-demo-2026", List.of(),
                    List.of("medicine"), "manager@example.org"),
            new Spec("executive", "Demo Executive", Role.EXECUTIVE, "executive-demo-2026", List.of(), List.of(),
                    "executive@example.org"),
            new Spec("admin", "Demo Administrator", Role.ADMIN, "admin-demo-2026", List.of(), List.of(), null));

    private DemoPeople() {
    }

    static void create(Instant now) {
        for (Spec spec : PEOPLE) {
            Person p = new Person();
            p.username = spec.username();
            p.displayName = spec.displayName();
            p.role = spec.role();
            p.passwordHash = Passwords.hash(spec.password());
            p.active = true;
            p.createdAt = now;
            p.email = spec.email();
            p.wards = new HashSet<>(spec.wards().stream().map(c -> Ward.findByCode(c).orElseThrow()).toList());
            p.csus = new HashSet<>();
            for (String code : spec.csus()) {
                p.csus.add(Csu.find("code", code).firstResult());
            }
            p.persist();
        }
    }

    static Set<String> usernames() {
        return Set.copyOf(PEOPLE.stream().map(Spec::username).toList());
    }
}
