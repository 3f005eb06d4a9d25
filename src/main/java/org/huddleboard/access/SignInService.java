package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.Audit;
import org.huddleboard.common.TrustClock;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Username and password sign-in. After {@value #MAX_FAILURES} failures in a row an account is
 * locked for {@link #LOCK_FOR}; every success and failure goes to the audit trail.
 */
@ApplicationScoped
@Transactional
public class SignInService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final Duration SESSION_LENGTH = Duration.ofHours(12);
    /** Checked against when the username is unknown, so both cases take as long. */
    private static final String DUMMY_HASH = hashPassword("not-a-real-password");

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<SessionsEnded> sessionsEnded;

    public sealed interface Outcome permits SignedIn, Refused, Locked {
    }

    public record SignedIn(String sessionToken, Viewer viewer) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    public record Locked(Instant until) implements Outcome {
    }

    @Transactional(dontRollbackOn = RuntimeException.class)
    public Outcome signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        Instant now = clock.now();
        // Locked for update: parallel attempts must each count towards the lockout.
        Optional<Person> found = Person.findByUsernameForUpdate(name).filter(p -> p.active);
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            audit.recordAnonymous(name, "sign-in.failed", "unknown or inactive user");
            return new Refused();
        }
        Person person = found.get();
        if (person.lockedUntil != null && person.lockedUntil.isAfter(now)) {
            audit.recordAnonymous(name, "sign-in.failed", "account locked until " + person.lockedUntil);
            return new Locked(person.lockedUntil);
        }
        if (password == null || !BcryptUtil.matches(password, person.passwordHash)) {
            person.failedAttempts++;
            String subject = "wrong password (" + person.failedAttempts + " in a row)";
            if (person.failedAttempts >= MAX_FAILURES) {
                person.lockedUntil = now.plus(LOCK_FOR);
                person.failedAttempts = 0;
                subject += "; locked until " + person.lockedUntil;
            }
            audit.recordAnonymous(name, "sign-in.failed", subject);
            return person.lockedUntil != null && person.lockedUntil.isAfter(now) ? new Locked(person.lockedUntil)
                    : new Refused();
        }
        person.failedAttempts = 0;
        person.lockedUntil = null;
        String token = Tokens.newToken();
        UserSession session = new UserSession();
        session.person = person;
        session.tokenHash = Tokens.hash(token);
        session.createdAt = now;
        session.expiresAt = now.plus(SESSION_LENGTH);
        session.persist();
        Viewer viewer = ViewerLookup.ofPerson(person);
        audit.record(viewer, null, null, "sign-in.succeeded", person.role.roleName(), null, null);
        return new SignedIn(token, viewer);
    }

    public void signOut(String sessionToken) {
        if (sessionToken == null) {
            return;
        }
        UserSession.<UserSession> find("tokenHash", Tokens.hash(sessionToken)).firstResultOptional()
                .ifPresent(session -> {
                    Person person = session.person;
                    session.delete();
                    audit.record(ViewerLookup.ofPerson(person), null, null, "sign-out", person.username, null, null);
                    sessionsEnded.fire(new SessionsEnded(person.id));
                });
    }

    public static String hashPassword(String password) {
        return BcryptUtil.bcryptHash(password, 11);
    }
}
