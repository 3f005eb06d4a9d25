package org.huddleboard.live;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.smallrye.mutiny.Uni;

/**
 * On a normal stop, live boards are told the server is going away (1001); they come back with
 * jitter. Done in the pre-shutdown phase: by {@code ShutdownEvent} the HTTP server has already
 * closed them with a plain 1000.
 */
@ApplicationScoped
public class GoingAway {

    static final int GOING_AWAY = 1001;
    private static final Logger LOG = Logger.getLogger(GoingAway.class);

    @Inject
    OpenConnections connections;

    private volatile boolean stopping;

    /** While stopping, new live boards are refused (503): a screen should come back to the next server. */
    boolean stopping() {
        return stopping;
    }

    void onStop(@Observes ShutdownDelayInitiatedEvent stop) {
        stopping = true;
        var closing = Stream.of(BoardSocket.class, EscalationSocket.class, RollupSocket.class)
                .flatMap(endpoint -> connections.findByEndpointId(endpoint.getName()).stream())
                .map(c -> c.close(new CloseReason(GOING_AWAY, "Server restarting")).onFailure().recoverWithNull())
                .toList();
        LOG.infof("Server stopping: %d live board(s) told it is going away", closing.size());
        if (!closing.isEmpty()) {
            Uni.join().all(closing).andCollectFailures().onFailure().recoverWithNull().await()
                    .atMost(Duration.ofSeconds(3));
        }
    }
}
