package org.huddleboard.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.event.Event;

import org.huddleboard.access.PeopleService;
import org.huddleboard.access.Person;
import org.huddleboard.access.Role;
import org.huddleboard.access.ScopeChanged;
import org.huddleboard.common.PublicText;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/**
 * People, by the rules the people API applies (PeopleService). A username already known changes
 * that person's name, role, e-mail and scope (a column left out of the file is left as it is).
 * New people get no password anyone knows: they cannot sign in until an administrator sets
 * one on the people page, so a file of usernames never opens a door by itself.
 */
final class PeopleImport {

    private record Wanted(CsvFile.Row row, String username, String displayName, Role role, String email,
            Set<Ward> wards, Set<Csu> csus, Person existing) {
    }

    final List<RowReport> lines = new ArrayList<>();
    private final List<Wanted> writes = new ArrayList<>();

    void plan(CsvFile file) {
        Map<String, Ward> wards = new HashMap<>();
        Ward.<Ward> listAll().forEach(w -> wards.put(w.code, w));
        Map<String, Csu> csus = new HashMap<>();
        Csu.<Csu> listAll().forEach(c -> csus.put(c.code, c));
        Map<String, Person> people = new HashMap<>();
        Person.<Person> listAll().forEach(p -> people.put(p.username, p));
        Map<String, Long> firstLine = new HashMap<>();
        List<Wanted> demotions = new ArrayList<>();
        Map<Wanted, RowChecks> pending = new HashMap<>();
        List<Object[]> order = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            RowChecks checks = new RowChecks();
            String username = row.get("username").strip().toLowerCase(Locale.ROOT);
            if (!username.matches(PeopleService.USERNAME)) {
                checks.add("username", "must be 2 to 60 letters, digits, dots, dashes or underscores");
            } else if (PeopleService.isErasedName(username)) {
                checks.add("username", "former-staff-<number> is kept for people whose data was erased");
            } else {
                Long earlier = firstLine.putIfAbsent(username, row.line());
                if (earlier != null) {
                    checks.add("username", username + " is on line " + earlier + " too; keep one of them");
                }
            }
            String name = row.get("displayName").strip();
            if (name.isEmpty() || name.length() > 120) {
                checks.add("displayName", "is required, at most 120 characters");
            } else {
                checks.check(() -> PublicText.check("displayName", name));
            }
            Role role = PeopleService.personRole(row.get("role").strip());
            if (role == null) {
                checks.add("role", "must be lead, manager, executive or admin");
            }
            String email = row.get("email").strip();
            if (!email.isEmpty() && (email.length() > 254 || !PeopleService.EMAIL.matcher(email).matches())) {
                checks.add("email", "must be an e-mail address such as name@example.org");
            }
            Set<Ward> scopeWards = codes(row, "wards", wards::get, checks);
            Set<Csu> scopeCsus = codes(row, "csus", csus::get, checks);
            Person existing = people.get(username);
            Wanted wanted = new Wanted(row, username, name, role, email.isEmpty() ? null : email, scopeWards,
                    scopeCsus, existing);
            order.add(new Object[] { wanted, checks });
            pending.put(wanted, checks);
            if (!checks.failed() && existing != null && existing.active && existing.role == Role.ADMIN
                    && role != Role.ADMIN) {
                demotions.add(wanted);
            }
        }
        long admins = Person.count("role = ?1 and active = true", Role.ADMIN);
        if (!demotions.isEmpty() && admins - demotions.size() <= 0) {
            demotions.forEach(d -> pending.get(d).add("role", "this file would leave no active administrator who"
                    + " can sign in; keep one as admin"));
        }
        for (Object[] o : order) {
            Wanted w = (Wanted) o[0];
            RowChecks checks = (RowChecks) o[1];
            long line = w.row().line();
            String subject = w.username().isEmpty() ? "(no username)" : "person " + w.username();
            if (checks.failed()) {
                lines.add(new RowReport(line, Outcome.REJECT, subject, checks.reasons()));
            } else if (w.existing() == null) {
                writes.add(w);
                lines.add(new RowReport(line, Outcome.CREATE, subject, w.role().roleName() + ", no password yet"));
            } else {
                String changes = changes(w);
                if (changes.isEmpty()) {
                    lines.add(new RowReport(line, Outcome.UNCHANGED, subject, null));
                } else {
                    writes.add(w);
                    lines.add(new RowReport(line, Outcome.CHANGE, subject, changes));
                }
            }
        }
    }

    /** A cell listing codes, separated by semicolons or spaces; null if the file has no such column. */
    private static <T> Set<T> codes(CsvFile.Row row, String column, Function<String, T> find, RowChecks checks) {
        if (!row.has(column)) {
            return null;
        }
        Set<T> found = new HashSet<>();
        for (String code : row.get(column).split("[;,\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            T t = find.apply(code);
            if (t == null) {
                checks.add(column, "'" + code + "' is not known");
            } else {
                found.add(t);
            }
        }
        return found;
    }

    private static String changes(Wanted w) {
        Person p = w.existing();
        List<String> parts = new ArrayList<>();
        if (!p.displayName.equals(w.displayName())) {
            parts.add("name");
        }
        if (p.role != w.role()) {
            parts.add("role " + p.role.roleName() + " to " + w.role().roleName());
        }
        if (w.row().has("email") && !Objects.equals(p.email, w.email())) {
            parts.add("e-mail");
        }
        if (w.wards() != null && !codesOf(p.wards, x -> x.code).equals(codesOf(w.wards(), x -> x.code))) {
            parts.add("wards " + codesOf(w.wards(), x -> x.code));
        }
        if (w.csus() != null && !codesOf(p.csus, x -> x.code).equals(codesOf(w.csus(), x -> x.code))) {
            parts.add("CSUs " + codesOf(w.csus(), x -> x.code));
        }
        return String.join(", ", parts);
    }

    private static <T> Set<String> codesOf(Set<T> things, Function<T, String> code) {
        Set<String> codes = new TreeSet<>();
        things.forEach(t -> codes.add(code.apply(t)));
        return codes;
    }

    int writes() {
        return writes.size();
    }

    /** Creates and changes everyone; new people share one hash of a random secret nobody is told. */
    void apply(Instant now, String unusablePasswordHash, Event<ScopeChanged> scopeChanged, Progress progress) {
        int done = 0;
        for (Wanted w : writes) {
            Person p = w.existing();
            boolean created = p == null;
            if (created) {
                p = new Person();
                p.username = w.username();
                p.passwordHash = unusablePasswordHash;
                p.active = true;
                p.createdAt = now;
            }
            boolean scope = created || p.role != w.role() || w.wards() != null && !w.wards().equals(p.wards)
                    || w.csus() != null && !w.csus().equals(p.csus);
            p.displayName = w.displayName();
            p.role = w.role();
            if (w.row().has("email")) {
                p.email = w.email();
            }
            if (w.wards() != null) {
                p.wards = w.wards();
            }
            if (w.csus() != null) {
                p.csus = w.csus();
            }
            if (created) {
                p.persist();
            } else if (scope) {
                scopeChanged.fire(new ScopeChanged(p.id));
            }
            progress.done(++done);
        }
    }
}
