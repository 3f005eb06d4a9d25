package org.huddleboard.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Problem;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

@ApplicationScoped
@Transactional
public class PeopleService {

    /** An address a mail server takes: plain ASCII, one @, a dotted domain. Nothing more exotic is needed here. */
    public static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9_%+'-]+(\\.[A-Za-z0-9_%+'-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** What a username may be, after it is lower-cased. */
    public static final String USERNAME = "[a-z0-9._-]{2,60}";

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<SessionsEnded> sessionsEnded;
    @Inject
    Event<ScopeChanged> scopeChanged;
    @Inject
    SignInThrottle throttle;

    public List<PersonView> list() {
        return Person.listByUsername().stream().map(PersonView::of).toList();
    }

    public PersonView create(Viewer by, PersonRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches(USERNAME)) {
            throw ApiProblem.invalid("username", "must be 2 to 60 letters, digits, dots, dashes or underscores");
        }
        if (Person.findByUsername(username).isPresent()) {
            throw ApiProblem.conflict("Username " + username + " is taken", null);
        }
        if (isErasedName(username)) {
            throw ApiProblem.invalid("username", "former-staff-<number> is kept for people whose data was erased");
        }
        Person p = new Person();
        p.username = username;
        p.createdAt = clock.now();
        p.active = true;
        apply(p, request, true);
        p.persist();
        PersonView view = PersonView.of(p);
        audit.record(by, null, null, "person.created", "person " + username, null, view);
        return view;
    }

    public PersonView update(Viewer by, String username, PersonRequest request) {
        Person p = Person.findByUsername(username).orElseThrow(() -> ApiProblem.notFound("Person " + username));
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        if (p.erasedAt != null) {
            throw ApiProblem.conflict("The data of " + username + " was erased: add a new person instead", null);
        }
        PersonView before = PersonView.of(p);
        boolean wasActiveAdmin = p.active && p.role == Role.ADMIN;
        apply(p, request, false);
        if (request.active() != null) {
            p.active = request.active();
        }
        if (wasActiveAdmin && !(p.active && p.role == Role.ADMIN)
                && Person.count("role = ?1 and active = true", Role.ADMIN) == 0) {
            throw ApiProblem.conflict("This is the last active administrator; make someone else admin first", null);
        }
        boolean passwordChanged = request.password() != null;
        if (passwordChanged) {
            // A new password lets them straight back in, even from where someone was guessing.
            throttle.forget(p.username);
        }
        PersonView after = PersonView.of(p);
        if (!p.active || passwordChanged) {
            UserSession.delete("person", p);
            sessionsEnded.fire(SessionsEnded.all(p.id));
        } else if (!before.role().equals(after.role()) || !before.wards().equals(after.wards())
                || !before.csus().equals(after.csus())) {
            scopeChanged.fire(new ScopeChanged(p.id));
        }
        audit.record(by, null, null, "person.updated", "person " + username + (passwordChanged ? " (password changed)"
                : ""), before, after);
        return after;
    }

    private static void apply(Person p, PersonRequest r, boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (creating || r.displayName() != null) {
            String name = r.displayName() == null ? "" : r.displayName().strip();
            if (name.isEmpty() || name.length() > 120) {
                errors.add(new Problem.FieldError("displayName", "is required, at most 120 characters"));
            }
            // Shown on staff pages and in audit records: the same rules as all board text.
            p.displayName = PublicText.check("displayName", name);
        }
        if (creating || r.password() != null) {
            Optional<String> refused = Passwords.refusal(r.password());
            if (refused.isPresent()) {
                errors.add(new Problem.FieldError("password", refused.get()));
            } else {
                p.passwordHash = Passwords.hash(r.password());
            }
        }
        if (creating || r.role() != null) {
            Role role = personRole(r.role());
            if (role == null) {
                errors.add(new Problem.FieldError("role", "must be lead, manager, executive or admin"));
            } else {
                p.role = role;
            }
        }
        if (r.email() != null) {
            String email = r.email().strip();
            if (email.isEmpty()) {
                p.email = null;
            } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new Problem.FieldError("email", "must be an e-mail address such as name@example.org"));
            } else {
                p.email = email;
            }
        }
        if (r.wards() != null) {
            p.wards = lookUp(r.wards(), code -> Ward.findByCode(code).orElse(null), "wards", errors);
        }
        if (r.csus() != null) {
            p.csus = lookUp(r.csus(), code -> Csu.<Csu> find("code", code).firstResult(), "csus", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static <T> Set<T> lookUp(List<String> codes, java.util.function.Function<String, T> find, String field,
            List<Problem.FieldError> errors) {
        Set<T> found = new HashSet<>();
        for (String code : codes) {
            T t = code == null ? null : find.apply(code);
            if (t == null) {
                errors.add(new Problem.FieldError(field, "'" + code + "' is not known"));
            } else {
                found.add(t);
            }
        }
        return found;
    }

    /** The usernames erasure gives: never given to someone new. */
    public static boolean isErasedName(String username) {
        return username.matches("former-staff-[0-9]+");
    }

    public static Role personRole(String role) {
        if (role == null) {
            return null;
        }
        try {
            Role r = Role.valueOf(role.toUpperCase(Locale.ROOT));
            return r.isDevice() ? null : r;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
