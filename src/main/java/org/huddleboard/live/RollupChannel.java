package org.huddleboard.live;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.chart.RebaseService;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.measure.MeasureSetService;

import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Tells the roll-up pages allowed to see a ward that its measures changed. Called by
 * {@link Publisher} on the ward's line, so a ward's changes leave in version order; one message
 * per batch, with the batch's last version. Reads nothing.
 */
@ApplicationScoped
class RollupChannel {

    private static final String ENDPOINT = RollupSocket.class.getName();
    private static final Set<String> KINDS = Set.of("measure-entry", RebaseService.KIND, MeasureSetService.KIND);

    @Inject
    OpenConnections connections;
    @Inject
    LiveSender sender;

    void publish(String ward, String csu, List<BoardChanged> batch) {
        BoardChanged last = null;
        for (BoardChanged change : batch) {
            if (KINDS.contains(change.kind())) {
                last = change;
            }
        }
        if (last == null || csu == null) {
            return;
        }
        String text = null;
        for (WebSocketConnection c : connections.findByEndpointId(ENDPOINT)) {
            Viewer viewer = c.userData().get(Listener.VIEWER);
            if (viewer != null && Listener.joined(c) && viewer.canRead(ward, csu)) {
                if (text == null) {
                    text = sender.encode(LiveMessage.wardChanged(last));
                }
                sender.send(c, text);
            }
        }
    }

    void send(WebSocketConnection c, LiveMessage message) {
        sender.send(c, message);
    }
}
