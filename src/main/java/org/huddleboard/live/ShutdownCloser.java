package org.huddleboard.live;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;

/**
 * On a normal stop, live boards are closed as "going away" before anything else closes under
 * them; screens reconnect to the restarted server by themselves (see common.GracefulStop).
 */
@ApplicationScoped
public class ShutdownCloser {

    private static final Logger LOG = Logger.getLogger(ShutdownCloser.class);
    private static final int GOING_AWAY = 1001;

    @Inject
    OpenConnections connections;

    void onStopping(@Observes ShutdownDelayInitiatedEvent event) {
        int count = 0;
        for (var c : connections) {
            count++;
            try {
                c.close(new CloseReason(GOING_AWAY, "Server restarting")).await().atMost(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debugf("Live connection %s not closed cleanly: %s", c.id(), e);
            }
        }
        LOG.infof("Stopping: closed %d live connections", count);
    }
}
