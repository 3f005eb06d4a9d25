package org.huddleboard.live;

import java.io.IOException;

import jakarta.inject.Inject;

import org.huddleboard.board.BoardService;
import org.huddleboard.common.ApiProblem;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.VertxException;

/**
 * A ward's live board. On connect the client gets the full snapshot; after each committed
 * change it gets a {@link LiveMessage#changed} message (see {@link BoardBroadcaster}).
 * Clients may send {@code {"type":"resync"}} for a fresh snapshot and {@code {"type":"ping"}}
 * to check the connection is still alive.
 */
@WebSocket(path = "/ws/wards/{ward}")
public class BoardSocket {

    static final int UNKNOWN_WARD = 4404;
    private static final Logger LOG = Logger.getLogger(BoardSocket.class);

    @Inject
    BoardService boards;
    @Inject
    AccessEndedCloser access;

    // The connection comes as a parameter, never injected: the injected one is session scoped,
    // and a socket dropped at once ends that scope before a blocking callback or @OnError runs.

    @OnOpen
    @Blocking
    public void open(WebSocketConnection connection) {
        LiveMessage snapshot;
        try {
            snapshot = snapshot(connection);
        } catch (ApiProblem unknownWard) {
            connection.closeAndAwait(new CloseReason(UNKNOWN_WARD, unknownWard.getMessage()));
            return;
        }
        if (connection.isOpen()) {
            connection.sendText(snapshot).subscribe().with(ok -> {
            }, droppedMeanwhile -> LOG.debugf("Live board %s closed before its snapshot", connection.id()));
        }
    }

    @OnTextMessage
    @Blocking
    public LiveMessage message(JsonNode message, WebSocketConnection connection) {
        String type = message.path("type").asText();
        return switch (type) {
            // Read with the viewer's scope as it is now; with their access gone the socket closes and nothing is sent.
            case "resync" -> access.recheck(connection).isPresent() ? snapshot(connection) : null;
            case "ping" -> LiveMessage.pong();
            default -> LiveMessage.error("Unknown message type '" + type + "'");
        };
    }

    /** Runs with no request or session context; a dropped connection is routine, not worth a warning. */
    @OnError
    public void error(Throwable failure, WebSocketConnection connection) {
        if (connection.isClosed() || failure instanceof IOException || failure instanceof VertxException) {
            LOG.debugf("Live board connection %s ended: %s", connection.id(), failure);
            return;
        }
        LOG.warnf("Live board connection %s failed: %s", connection.id(), failure.toString());
        if (connection.isOpen()) {
            connection.sendText(LiveMessage.error("The server could not handle that message")).subscribe()
                    .with(ok -> {
                    }, x -> {
                    });
        }
    }

    private LiveMessage snapshot(WebSocketConnection connection) {
        return LiveMessage.snapshot(
                boards.snapshot(connection.userData().get(BoardUpgradeCheck.VIEWER), connection.pathParam("ward")));
    }
}
