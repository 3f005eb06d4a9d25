package org.huddleboard.live;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.cluster.ClusterListener;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduled;
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

    @Inject
    ClusterListener cluster;
    @ConfigProperty(name = "huddle.cluster.close-screens-after", defaultValue = "PT10S")
    Duration closeAfter;

    private volatile boolean stopping;

    /**
     * While stopping, or cut off from the other nodes, new live boards are refused (503): a screen
     * should come back to the next server.
     */
    boolean stopping() {
        return stopping || !cluster.connected();
    }

    void onStop(@Observes ShutdownDelayInitiatedEvent stop) {
        stopping = true;
        var closing = closeAll("Server restarting");
        LOG.infof("Server stopping: %d live board(s) told it is going away", closing.size());
        if (!closing.isEmpty()) {
            Uni.join().all(closing).andCollectFailures().onFailure().recoverWithNull().await()
                    .atMost(Duration.ofSeconds(3));
        }
    }

    /**
     * With several nodes: a node that has not heard the others for a while (its database connection
     * is gone) closes its live boards rather than let them look live while they cannot change. They
     * reconnect through the proxy to a node that is ready, or show that they are not live. A shorter
     * loss is caught up on the open sockets when the connection is back.
     */
    @Scheduled(identity = "live-cut-off-check", every = "2s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeIfCutOff() {
        if (cluster.deafMillis() > closeAfter.toMillis()) {
            List<Uni<Void>> closing = closeAll("Server lost its database");
            closing.forEach(c -> c.subscribe().with(x -> {
            }, x -> {
            }));
            int closed = closing.size();
            if (closed > 0) {
                LOG.warnf("No database for %d s: %d live board(s) told to reconnect elsewhere",
                        cluster.deafMillis() / 1000, closed);
            }
        }
    }

    private List<Uni<Void>> closeAll(String reason) {
        return Stream.of(BoardSocket.class, EscalationSocket.class, RollupSocket.class)
                .flatMap(endpoint -> connections.findByEndpointId(endpoint.getName()).stream())
                .map(c -> c.close(new CloseReason(GOING_AWAY, reason)).onFailure().recoverWithNull())
                .toList();
    }
}
