package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Slows guessing without letting anyone lock a person out. Attempts are counted per typed
 * username <em>and</em> source address: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} from one source, that source may not try that name again until the oldest of
 * them is {@link #WINDOW} old. The real person, from their own ward PC, is not affected, and a
 * name nobody has is throttled exactly like a real one, so nothing says which names exist.
 *
 * <p>An attempt is recorded when it starts, in a transaction of its own that commits before the
 * password is checked, and only then counted: parallel guesses, on this node or another sharing the
 * database, cannot slip past the limit. A success clears the count. Kept in the database, so the
 * limit holds whichever node an attempt reaches, and across restarts.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Takes one attempt: empty if it may go ahead, otherwise when this source may try this name again. */
    Optional<Instant> take(String username, String source, Instant now) {
        String name = normalise(username);
        String from = source(source);
        long mine = QuarkusTransaction.requiringNew().call(() -> {
            SignInAttempt attempt = new SignInAttempt();
            attempt.username = name;
            attempt.source = from;
            attempt.attemptedAt = now;
            attempt.persist();
            return attempt.id;
        });
        // Counted once recorded: an attempt sees at least every attempt recorded before it, so of
        // attempts started together no more than the limit can go ahead.
        List<SignInAttempt.Seen> recent = QuarkusTransaction.requiringNew()
                .call(() -> SignInAttempt.since(name, from, now.minus(WINDOW)));
        if (recent.size() <= MAX_FAILURES) {
            return Optional.empty();
        }
        // A refused attempt counts for nothing: a flood does not keep the block going.
        QuarkusTransaction.requiringNew().run(() -> SignInAttempt.deleteById(mine));
        return Optional.of(recent.get(0).attemptedAt().plus(WINDOW));
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
        QuarkusTransaction.requiringNew().run(() -> SignInAttempt.delete("attemptedAt < ?1",
                Instant.now().minus(WINDOW)));
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String source(String source) {
        return source == null ? "" : source.length() > 64 ? source.substring(0, 64) : source;
    }
}
