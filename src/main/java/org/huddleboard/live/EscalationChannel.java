package org.huddleboard.live;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.escalation.EscalationChanges;
import org.huddleboard.escalation.EscalationView;
import org.huddleboard.measure.BoardChanged;

import com.fasterxml.jackson.databind.JsonNode;


import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Sends a ward's escalation changes to the escalation channels allowed to see that ward. Called
 * by {@link Publisher} on the ward's line right after the ward's own boards had the batch, so
 * each ward's changes leave in version order here too. Reads nothing: the change carries the
 * ward and CSU, and the viewer kept on the connection is current (a scope change closes it).
 */
@ApplicationScoped
class EscalationChannel {

    private static final String ENDPOINT = EscalationSocket.class.getName();

    @Inject
    OpenConnections connections;
    @Inject
    LiveSender sender;

    void publish(List<BoardChanged> batch) {
        Collection<WebSocketConnection> listeners = null;
        for (BoardChanged change : batch) {
            String csu = csu(change);
            if (csu == null) {
                continue;
            }
            if (listeners == null) {
                listeners = connections.findByEndpointId(ENDPOINT);
            }
            String text = null;
            for (WebSocketConnection c : listeners) {
                Viewer viewer = c.userData().get(Listener.VIEWER);
                if (viewer != null && Listener.joined(c) && viewer.canRead(change.ward(), csu)) {
                    if (text == null) {
                        text = sender.encode(LiveMessage.changed(change, null));
                    }
                    sender.send(c, text);
                }
            }
        }
    }

    /** The CSU of an escalation change: from its view, or from its JSON when another node made it. */
    private static String csu(BoardChanged change) {
        if (!EscalationChanges.KIND.equals(change.kind())) {
            return null;
        }
        if (change.change() instanceof EscalationView view) {
            return view.csu();
        }
        return change.change() instanceof JsonNode node && node.hasNonNull("csu") ? node.get("csu").asText() : null;
    }

    void send(WebSocketConnection c, LiveMessage message) {
        sender.send(c, message);
    }
}
