package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Encodes live messages and sends them without waiting: a socket that is gone by then is
 * routine (its screen reconnects and resyncs), so a failed send is logged at debug only.
 */
@ApplicationScoped
class LiveSender {

    private static final Logger LOG = Logger.getLogger(LiveSender.class);

    @Inject
    ObjectMapper json;
    @Inject
    LiveMetrics metrics;

    String encode(LiveMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode a live message", e);
        }
    }

    void send(WebSocketConnection c, LiveMessage message) {
        send(c, encode(message));
    }

    void send(WebSocketConnection c, String text) {
        c.sendText(text).subscribe().with(ok -> metrics.sent(), failure -> {
            metrics.failed();
            LOG.debugf("Live message to %s not delivered: %s", c.id(), failure);
        });
    }
}
