package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows guessing without letting anyone lock a person out. Attempts are counted per typed
 * username <em>and</em> source address: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} from one source, that source may not try that name again until the oldest of
 * them is {@link #WINDOW} old. The real person, from their own ward PC, is not affected, and a
 * name nobody has is throttled exactly like a real one, so nothing says which names exist.
 *
 * <p>An attempt is counted when it starts, so parallel guesses cannot slip past the limit; a
 * success clears the count. Kept in memory: a restart forgets it.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many tracked pairs, pairs with no recent failure are swept out. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Key(String username, String source) {
    }

    private final Map<Key, Deque<Instant>> attempts = new HashMap<>();

    /** Takes one attempt: empty if it may go ahead, otherwise when this source may try this name again. */
    synchronized Optional<Instant> take(String username, String source, Instant now) {
        if (attempts.size() > SWEEP_ABOVE) {
            attempts.values().removeIf(recent -> prune(recent, now).isEmpty());
        }
        Deque<Instant> recent = prune(attempts.computeIfAbsent(key(username, source), k -> new ArrayDeque<>()), now);
        if (recent.size() >= MAX_FAILURES) {
            return Optional.of(recent.peekFirst().plus(WINDOW));
        }
        recent.addLast(now);
        return Optional.empty();
    }

    /** When this source may next try this name, if it may not now. */
    synchronized Optional<Instant> blockedUntil(String username, String source, Instant now) {
        Deque<Instant> recent = attempts.get(key(username, source));
        if (recent == null || prune(recent, now).size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(recent.peekFirst().plus(WINDOW));
    }

    /** The attempt succeeded: nothing from this source counts against this name any more. */
    synchronized void succeeded(String username, String source) {
        attempts.remove(key(username, source));
    }

    /** A new password was set: every source may try this name again. */
    public synchronized void forget(String username) {
        String name = normalise(username);
        attempts.keySet().removeIf(k -> k.username().equals(name));
    }

    private static Deque<Instant> prune(Deque<Instant> recent, Instant now) {
        Instant since = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        return recent;
    }

    private static Key key(String username, String source) {
        return new Key(normalise(username), source);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
