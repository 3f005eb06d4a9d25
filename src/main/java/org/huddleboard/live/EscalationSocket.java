package org.huddleboard.live;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The manager view's live channel: every committed escalation change of the wards the viewer
 * may see (a CSU manager their CSUs', an executive or admin the trust's, a lead their wards'),
 * as a {@link LiveMessage#changed} message with the escalation as the API shows it, less what
 * the viewer may do (the page reads that afresh). Per ward, in board version order: the
 * ward's own publisher hands them over ({@link EscalationChannel}). On connect the client gets
 * {@code {"type":"ready"}} and re-reads its list; {@code {"type":"ping"}} answers {@code pong}.
 */
@WebSocket(path = "/ws/escalations")
public class EscalationSocket {

    private static final Logger LOG = Logger.getLogger(EscalationSocket.class);

    @Inject
    EscalationChannel channel;

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
        LOG.debugf("Escalation channel %s failed: %s", connection.id(), failure.toString());
        if (connection.isOpen()) {
            channel.send(connection, LiveMessage.error("The server could not handle that message"));
        }
    }
}
