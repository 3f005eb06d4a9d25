package org.huddleboard.live;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.access.DeviceRevoked;
import org.huddleboard.access.ScopeChanged;
import org.huddleboard.access.SessionsEnded;
import org.huddleboard.access.Viewer;
import org.huddleboard.access.ViewerLookup;
import org.huddleboard.ward.WardScope;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * When a device is revoked, a session ends or a person's role or scope changes, their open
 * live boards close at once (4401). The page then reloads: a viewer still allowed gets a
 * fresh board under their new scope, one no longer allowed lands on /pair or a refusal.
 */
@ApplicationScoped
public class AccessEndedCloser {

    static final int ACCESS_ENDED = 4401;

    @Inject
    OpenConnections connections;
    @Inject
    ViewerLookup viewers;
    @Inject
    WardScope scope;

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRevoked revoked) {
        close(v -> v.isDevice() && v.id() == revoked.deviceId(), "Device revoked");
    }

    void onSessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        close(person(ended.personId()).and(v -> ended.sessionId() == null || ended.sessionId().equals(v.sessionId())),
                "Signed out");
    }

    void onScopeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeChanged changed) {
        close(person(changed.personId()), "Access changed");
    }

    /**
     * The connection's viewer as they are now, if they may still see its ward; otherwise the
     * connection is closed and the answer is empty. A live board may stay open for months, so
     * anything it sends on request is read with the viewer's current scope, never the one it
     * opened with. Blocking: reads the database.
     */
    Optional<Viewer> recheck(WebSocketConnection connection) {
        Optional<Viewer> now = viewers.current(connection.userData().get(Listener.VIEWER))
                .filter(v -> scope.canRead(v, connection.pathParam("ward")) == WardScope.Answer.YES);
        if (now.isPresent()) {
            connection.userData().put(Listener.VIEWER, now.get());
        } else {
            closeQuietly(connection, "Access changed");
        }
        return now;
    }

    private static Predicate<Viewer> person(long id) {
        return v -> !v.isDevice() && v.id() == id;
    }

    private void close(Predicate<Viewer> whose, String reason) {
        connections.stream().filter(c -> {
            Viewer viewer = c.userData().get(Listener.VIEWER);
            return viewer != null && whose.test(viewer);
        }).forEach(c -> closeQuietly(c, reason));
    }

    private static void closeQuietly(WebSocketConnection connection, String reason) {
        connection.close(new CloseReason(ACCESS_ENDED, reason)).subscribe().with(x -> {
        }, x -> {
        });
    }
}
