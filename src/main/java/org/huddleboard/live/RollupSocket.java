package org.huddleboard.live;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;

/**
 * The roll-up pages' live channel: for every committed change to a ward's measures (an entry, a
 * rebase, the ward's measure set) that the viewer may see, {@code {"type":"changed","ward":…}},
 * per ward in board version order ({@link RollupChannel}, from the ward's own publisher). The page
 * re-reads that ward's heatmap row. {@code {"type":"ready"}} on connect; {@code ping} answers {@code pong}.
 */
@WebSocket(path = "/ws/rollup")
public class RollupSocket {

    private static final Logger LOG = Logger.getLogger(RollupSocket.class);

    @Inject
    RollupChannel channel;

    @OnOpen
    public void open(WebSocketConnection connection) {
        connection.userData().put(Listener.JOINED, true);
        channel.send(connection, LiveMessage.ready());
    }

    @OnTextMessage
    public void message(JsonNode message, WebSocketConnection connection) {
        String type = message.path("type").asText();
        channel.send(connection, "ping".equals(type) ? LiveMessage.pong()
                : LiveMessage.error("Unknown message type '" + type + "'"));
    }

    @OnError
    public void error(Throwable failure, WebSocketConnection connection) {
        LOG.debugf("Roll-up channel %s failed: %s", connection.id(), failure.toString());
        if (connection.isOpen()) {
            channel.send(connection, LiveMessage.error("The server could not handle that message"));
        }
    }
}
