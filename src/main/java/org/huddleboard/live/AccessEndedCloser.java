package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.access.DeviceRevoked;
import org.huddleboard.access.SessionsEnded;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.UserData;

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
        close(BoardUpgradeCheck.DEVICE_ID, revoked.deviceId(), "Device revoked");
    }

    void onSessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        close(BoardUpgradeCheck.PERSON_ID, ended.personId(), "Signed out");
    }

    private void close(UserData.TypedKey<Long> key, long id, String reason) {
        connections.stream().filter(c -> Long.valueOf(id).equals(c.userData().get(key)))
                .forEach(c -> c.close(new CloseReason(ACCESS_ENDED, reason)).subscribe().with(x -> {
                }, x -> {
                }));
    }
}
