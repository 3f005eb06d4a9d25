package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.Audit;
import org.huddleboard.common.TrustClock;

/**
 * Username and password sign-in. Guessing is slowed per name and source address by
 * {@link SignInThrottle}, never by locking the account, so nobody can keep a person out; an
 * unknown name and a real one are answered alike, throttled or not. Every success and
 * counted failure goes to the audit trail.
 */
@ApplicationScoped
@Transactional
public class SignInService {

    static final Duration SESSION_LENGTH = Duration.ofHours(12);

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    SignInThrottle throttle;
    @Inject
    Event<SessionsEnded> sessionsEnded;

    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    public record SignedIn(String sessionToken, Viewer viewer) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    /** Too many failures for this name from this source; it may try again at {@code until}. */
    public record Throttled(Instant until) implements Outcome {
    }

    private static final java.time.format.DateTimeFormatter RETRY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'on' EEE d MMM yyyy", Locale.UK);

    public Outcome signIn(String username, String password, String source) {
        // A NUL can be no one's name, and PostgreSQL will not take it as text: look up something that is neither.
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replace('\0', '?');
        Instant now = clock.now();
        Optional<Instant> throttled = throttle.take(name, source, now);
        if (throttled.isPresent()) {
            // Not audited: a flood of refused attempts must not fill the audit trail.
            return new Throttled(throttled.get());
        }
        Optional<Person> found = Person.findByUsername(name).filter(p -> p.active);
        // One bcrypt check whether or not the name exists, so both take as long.
        boolean matches = Passwords.matches(password, found.map(p -> p.passwordHash).orElse(null));
        if (found.isEmpty() || !matches) {
            String subject = (found.isEmpty() ? "unknown or inactive user" : "wrong password") + " from " + source;
            Optional<Instant> blocked = throttle.blockedUntil(name, source, now);
            if (blocked.isPresent()) {
                // Read by people on the audit page, later: the trust's time, whole, not an ISO instant.
                subject += "; this source may try this name again at "
                        + RETRY_TIME.format(blocked.get().atZone(clock.zone()));
            }
            audit.recordAnonymous(name, "sign-in.failed", subject);
            return new Refused();
        }
        throttle.succeeded(name, source);
        Person person = found.get();
        String token = Tokens.newToken();
        UserSession session = new UserSession();
        session.person = person;
        session.tokenHash = Tokens.hash(token);
        session.createdAt = now;
        session.expiresAt = now.plus(SESSION_LENGTH);
        session.persist();
        Viewer viewer = ViewerLookup.ofPerson(person, session);
        audit.record(viewer, null, null, "sign-in.succeeded", person.role.roleName() + " from " + source, null, null);
        return new SignedIn(token, viewer);
    }

    /** Ends this session only: the person's other sessions, on other screens, carry on. */
    public void signOut(String sessionToken) {
        if (sessionToken == null) {
            return;
        }
        UserSession.<UserSession> find("tokenHash", Tokens.hash(sessionToken)).firstResultOptional()
                .ifPresent(session -> {
                    Person person = session.person;
                    long id = session.id;
                    session.delete();
                    audit.record(ViewerLookup.ofPerson(person), null, null, "sign-out", person.username, null, null);
                    sessionsEnded.fire(SessionsEnded.one(person.id, id));
                });
    }
}
