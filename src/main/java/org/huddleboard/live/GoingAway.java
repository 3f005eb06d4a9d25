package org.huddleboard.live;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.smallrye.mutiny.Uni;

/** On a normal stop, live boards are told the server is going away (1001); they come back with jitter. */
@ApplicationScoped
public class GoingAway {

    static final int GOING_AWAY = 1001;

    @Inject
    OpenConnections connections;

    void onStop(@Observes ShutdownEvent stop) {
        var closing = connections.findByEndpointId(BoardSocket.class.getName()).stream()
                .map(c -> c.close(new CloseReason(GOING_AWAY, "Server restarting")).onFailure().recoverWithNull())
                .toList();
        if (!closing.isEmpty()) {
            Uni.join().all(closing).andCollectFailures().onFailure().recoverWithNull().await()
                    .atMost(Duration.ofSeconds(3));
        }
    }
}
