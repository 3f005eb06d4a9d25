package org.huddleboard.access;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Remembers who a pair of cookie tokens belongs to for a short while, so a trust's screens
 * rejoining after a restart (and every request after) don't each query the database. Dropped at
 * once when access ends or changes: device revoked, sessions ended, role or scope changed.
 */
@ApplicationScoped
public class ViewerCache {

    static final long KEEP_NANOS = 30_000_000_000L;
    static final int MAX_ENTRIES = 50_000;

    private record Entry(Viewer viewer, long at) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped on every forget: a lookup that raced a change must not cache what it read before. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    ViewerLookup lookup;

    public Viewer find(String sessionToken, String deviceToken) {
        // Keyed by a hash: the cache holds no usable token.
        String key = Tokens.hash(sessionToken + "|" + deviceToken);
        Entry e = entries.get(key);
        if (e != null && System.nanoTime() - e.at < KEEP_NANOS
                && (e.viewer.expiresAt() == null || e.viewer.expiresAt().isAfter(Instant.now()))) {
            return e.viewer;
        }
        long seen = generation.get();
        Viewer viewer = lookup.find(sessionToken, deviceToken);
        if (viewer == null) {
            entries.remove(key);
        } else if (generation.get() == seen) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(viewer, System.nanoTime()));
        }
        return viewer;
    }

    public void forget(Viewer.Kind kind, long id) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.viewer.kind() == kind && e.viewer.id() == id);
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRevoked revoked) {
        forget(Viewer.Kind.DEVICE, revoked.deviceId());
    }

    void onSessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        forget(Viewer.Kind.PERSON, ended.personId());
    }

    void onScopeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeChanged changed) {
        forget(Viewer.Kind.PERSON, changed.personId());
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ViewerChanged changed) {
        forget(changed.kind(), changed.id());
    }
}
