package org.huddleboard.live;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A ward's live board. On connect the client gets a snapshot; after each committed change, a
 * {@link LiveMessage#changed} message, in version order (see {@link LiveWards}). Wall pages
 * connect with {@code ?format=html} and get rendered regions; API clients get JSON. Clients may
 * send {@code {"type":"resync"}} for a fresh snapshot and {@code {"type":"ping"}} to check the
 * connection is still alive.
 */
@WebSocket(path = "/ws/wards/{ward}")
public class BoardSocket {

    static final int UNKNOWN_WARD = 4404;
    private static final Logger LOG = Logger.getLogger(BoardSocket.class);

    @Inject
    LiveWards wards;
    @Inject
    AccessEndedCloser access;

    @OnOpen
    public void open(WebSocketConnection connection) {
        wards.join(connection);
    }

    @OnTextMessage
    public void message(JsonNode message, WebSocketConnection connection) {
        String type = message.path("type").asText();
        switch (type) {
            case "resync" -> resync(connection);
            case "ping" -> reply(connection, LiveMessage.pong());
            default -> reply(connection, LiveMessage.error("Unknown message type '" + type + "'"));
        }
    }

    @OnError
    public void error(Throwable failure, WebSocketConnection connection) {
        LOG.debugf("Live board connection %s failed: %s", connection.id(), failure.toString());
        if (connection.isOpen()) {
            reply(connection, LiveMessage.error("The server could not handle that message"));
        }
    }

    /** Read with the viewer's scope as it is now; with their access gone the socket closes and nothing is sent. */
    private void resync(WebSocketConnection connection) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            if (access.recheck(connection).isPresent()) {
                wards.join(connection);
            }
        });
    }

    private static void reply(WebSocketConnection connection, LiveMessage message) {
        connection.sendText(message).subscribe().with(ok -> {
        }, x -> {
        });
    }
}
