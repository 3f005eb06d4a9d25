package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.access.DeviceRevoked;
import org.huddleboard.access.SessionsEnded;
import org.huddleboard.access.Viewer;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;

/**
 * When a device is revoked or a person's sessions end, their open live boards close at once.
 * The page then reloads, and a viewer no longer allowed lands on /pair.
 */
@ApplicationScoped
public class AccessEndedCloser {

    static final int ACCESS_ENDED = 4401;

    @Inject
    OpenConnections connections;

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRevoked revoked) {
        close(Viewer.Kind.DEVICE, revoked.deviceId(), "Device revoked");
    }

    void onSessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        close(Viewer.Kind.PERSON, ended.personId(), "Signed out");
    }

    private void close(Viewer.Kind kind, long id, String reason) {
        connections.stream().filter(c -> {
            Viewer viewer = c.userData().get(Listener.VIEWER);
            return viewer != null && viewer.kind() == kind && viewer.id() == id;
        })
                .forEach(c -> c.close(new CloseReason(ACCESS_ENDED, reason)).subscribe().with(x -> {
                }, x -> {
                }));
    }
}
