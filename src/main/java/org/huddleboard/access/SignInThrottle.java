package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Slows guessing without letting anyone lock a person out. Attempts are counted per typed
 * username <em>and</em> source address: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} from one source, that source may not try that name again until the oldest of
 * them is {@link #WINDOW} old. The real person, from their own ward PC, is not affected, and a
 * name nobody has is throttled exactly like a real one, so nothing says which names exist.
 *
 * <p>An attempt is counted when it starts, in a transaction of its own that commits before the
 * password is checked, under a lock on the name and source: parallel guesses, on this node or
 * another sharing the database, cannot slip past the limit. A success clears the count. Kept in the
 * database, so the limit holds whichever node an attempt reaches, and across restarts.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    EntityManager em;

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Takes one attempt: empty if it may go ahead, otherwise when this source may try this name again. */
    Optional<Instant> take(String username, String source, Instant now) {
        String name = normalise(username);
        String from = source(source);
        String pair = name + "|" + from;
        for (int tries = 0; tries < 3; tries++) {
            ensureLockRow(pair);
            Optional<Optional<Instant>> decided = QuarkusTransaction.requiringNew().call(() -> {
                // Attempts on one pair, on any node, are decided one at a time: five go ahead, no more.
                if (em.createNativeQuery("select pair_key from sign_in_lock where pair_key = :pair for update")
                        .setParameter("pair", pair).getResultList().isEmpty()) {
                    return Optional.empty(); // swept meanwhile: make it again
                }
                List<SignInAttempt.Seen> recent = SignInAttempt.since(name, from, now.minus(WINDOW));
                if (recent.size() >= MAX_FAILURES) {
                    return Optional.of(Optional.of(recent.get(0).attemptedAt().plus(WINDOW)));
                }
                SignInAttempt attempt = new SignInAttempt();
                attempt.username = name;
                attempt.source = from;
                attempt.attemptedAt = now;
                attempt.persist();
                return Optional.of(Optional.<Instant>empty());
            });
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        throw new IllegalStateException("Could not lock sign-in attempts for one name and source");
    }

    private void ensureLockRow(String pair) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into sign_in_lock (pair_key)"
                    + " select :pair where not exists (select 1 from sign_in_lock where pair_key = :pair)")
                    .setParameter("pair", pair).executeUpdate());
        } catch (RuntimeException raced) {
            // Another attempt on the same pair made the row first: it is there either way.
        }
    }

    /** When this source may next try this name, if it may not now. */
    Optional<Instant> blockedUntil(String username, String source, Instant now) {
        List<SignInAttempt.Seen> recent = QuarkusTransaction.requiringNew()
                .call(() -> SignInAttempt.since(normalise(username), source(source), now.minus(WINDOW)));
        return recent.size() < MAX_FAILURES ? Optional.empty()
                : Optional.of(recent.get(0).attemptedAt().plus(WINDOW));
    }

    /** The attempt succeeded: nothing from this source counts against this name any more. */
    void succeeded(String username, String source) {
        QuarkusTransaction.requiringNew().run(() -> SignInAttempt.delete("username = ?1 and source = ?2",
                normalise(username), source(source)));
    }

    /** A new password was set: every source may try this name again. Part of the caller's transaction. */
    public void forget(String username) {
        SignInAttempt.delete("username", normalise(username));
    }

    /** Attempts older than the window count for nothing. */
    @Scheduled(identity = "sign-in-attempts-cleanup", every = "10m", delayed = "90s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> {
            SignInAttempt.delete("attemptedAt < ?1", Instant.now().minus(WINDOW));
            em.createNativeQuery("delete from sign_in_lock where pair_key not in"
                    + " (select username || '|' || source from sign_in_attempt)").executeUpdate();
        });
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String source(String source) {
        return source == null ? "" : source.length() > 64 ? source.substring(0, 64) : source;
    }
}
