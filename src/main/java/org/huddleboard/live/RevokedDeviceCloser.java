package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.access.DeviceRevoked;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;

/** A revoked device's live board closes at once; the page then goes back to /pair. */
@ApplicationScoped
public class RevokedDeviceCloser {

    static final int REVOKED = 4401;

    @Inject
    OpenConnections connections;

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRevoked revoked) {
        connections.stream()
                .filter(c -> Long.valueOf(revoked.deviceId()).equals(c.userData().get(BoardUpgradeCheck.DEVICE_ID)))
                .forEach(c -> c.close(new CloseReason(REVOKED, "Device revoked")).subscribe().with(x -> {
                }, x -> {
                }));
    }
}
