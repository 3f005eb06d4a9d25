package org.huddleboard.live;

import org.huddleboard.access.SameOrigin;

import io.quarkus.websockets.next.HttpUpgradeCheck.CheckResult;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.smallrye.mutiny.Uni;

/** What every live handshake refuses before it looks at who is asking. */
final class Handshakes {

    private Handshakes() {
    }

    /**
     * 503 while the server stops; 403 from another site (cookies ride along on cross-site
     * handshakes too: only our own pages may open a live channel). Null when neither applies.
     */
    static Uni<CheckResult> refusedOutright(HttpUpgradeContext context, GoingAway goingAway) {
        if (goingAway.stopping()) {
            return CheckResult.rejectUpgrade(503);
        }
        String origin = context.httpRequest().getHeader("Origin");
        if (origin != null && !SameOrigin.matches(context.httpRequest(), origin)) {
            return CheckResult.rejectUpgrade(403);
        }
        return null;
    }
}
