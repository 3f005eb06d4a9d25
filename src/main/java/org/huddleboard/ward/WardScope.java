package org.huddleboard.ward;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;

/**
 * Scope checks made where no REST request is around, such as a WebSocket handshake. Which CSU a
 * ward belongs to is remembered for a few minutes: a trust's screens rejoining at once after a
 * restart then cost one query per ward, not one per screen.
 */
@ApplicationScoped
@Transactional
public class WardScope {

    static final long KEEP_NANOS = 300_000_000_000L;

    public enum Answer {
        YES,
        NO,
        NO_SUCH_WARD
    }

    private record Known(String csu, long at) {
    }

    private final Map<String, Known> csuOfWard = new ConcurrentHashMap<>();

    public Answer canRead(Viewer viewer, String wardCode) {
        Known known = csuOfWard.get(wardCode);
        if (known == null || System.nanoTime() - known.at > KEEP_NANOS) {
            known = Ward.findByCode(wardCode).filter(w -> w.retiredAt == null).map(w -> new Known(w.csu.code, System.nanoTime())).orElse(null);
            if (known == null) {
                return Answer.NO_SUCH_WARD;
            }
            csuOfWard.put(wardCode, known);
        }
        return viewer.canRead(wardCode, known.csu) ? Answer.YES : Answer.NO;
    }

    /** Forgets what was remembered of a ward whose CSU changed or which was retired. */
    public void forget(String wardCode) {
        csuOfWard.remove(wardCode);
    }
}
