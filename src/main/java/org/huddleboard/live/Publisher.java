package org.huddleboard.live;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.board.BoardRegion;
import org.huddleboard.board.BoardRegions;
import org.huddleboard.board.BoardService;
import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.common.AppBuild;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.jboss.logging.Logger;


import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Runs on a ward's line. Per batch of changes it reads the board once and renders each touched
 * region once per variant, then sends the same strings to every socket of that ward.
 */
@ApplicationScoped
class Publisher {

    private static final Logger LOG = Logger.getLogger(Publisher.class);
    private static final String ENDPOINT = BoardSocket.class.getName();

    @Inject
    OpenConnections connections;
    @Inject
    LiveSender sender;
    @Inject
    BoardService boards;
    @Inject
    BoardRegions regions;
    @Inject
    TrustClock clock;
    @Inject
    EscalationChannel escalations;
    @Inject
    RollupChannel rollups;
    @Inject
    AppBuild build;

    void publish(WardLine line) {
        publish(line, line.takeOutbox());
    }

    void publish(WardLine line, List<BoardChanged> batch) {
        if (batch.isEmpty()) {
            return;
        }
        String csu = null;
        try {
            CurrentBoard now = read(line);
            csu = now == null ? null : now.board.ward().csu().code();
            List<WebSocketConnection> listeners = connections.findByEndpointId(ENDPOINT).stream()
                    .filter(c -> line.ward.equals(c.pathParam("ward")) && Listener.joined(c)).toList();
            Map<String, Map<BoardRegion, String>> rendered = new HashMap<>();
            for (BoardChanged change : batch) {
                Map<String, String> texts = new HashMap<>();
                for (WebSocketConnection c : listeners) {
                    String rendering = c.userData().get(Listener.RENDERING);
                    String text = texts.computeIfAbsent(rendering == null ? "" : rendering,
                            k -> sender.encode(LiveMessage.changed(change, rendering == null || now == null ? null
                                    : render(now, change, rendering, rendered))));
                    sender.send(c, text);
                }
            }
        } finally {
            // Then the manager views allowed to see this ward, from the same line: in order there too,
            // and whatever became of the wall pages' rendering.
            escalations.publish(batch);
            rollups.publish(line.ward, csu, batch);
        }
    }

    void sendSnapshot(WardLine line, WebSocketConnection c) {
        if (!c.isOpen()) {
            return;
        }
        CurrentBoard now = line.current;
        if (now == null || !now.fresh(clock.today())) {
            now = read(line);
        }
        Viewer viewer = c.userData().get(Listener.VIEWER);
        if (now == null || viewer == null
                || !viewer.canRead(now.board.ward().code(), now.board.ward().csu().code())) {
            c.close(new CloseReason(BoardSocket.UNKNOWN_WARD, "No board to show")).subscribe().with(x -> {
            }, x -> {
            });
            return;
        }
        BoardSnapshot board = now.board;
        String id = build.id();
        String text = now.text(c.userData().get(Listener.RENDERING), id, rendering -> sender.encode(
                rendering == null ? LiveMessage.snapshot(board, id)
                : LiveMessage.snapshot(board, regions.render(board, List.of(BoardRegion.values()), rendering), id)));
        c.userData().put(Listener.JOINED, true);
        if (line.relayed < 0) {
            line.relayed = board.version();
        }
        sender.send(c, text);
    }

    /** With several nodes, when changes cannot be replayed: every screen of the ward gets the board as it is now. */
    void resyncAll(WardLine line) {
        CurrentBoard now = read(line);
        if (now == null) {
            return;
        }
        line.relayed = now.board.version();
        connections.findByEndpointId(ENDPOINT).stream()
                .filter(c -> line.ward.equals(c.pathParam("ward")) && Listener.joined(c))
                .forEach(c -> sendSnapshot(line, c));
    }

    private CurrentBoard read(WardLine line) {
        try {
            CurrentBoard now = boards.snapshot(line.ward).map(CurrentBoard::new).orElse(null);
            line.current = now;
            return now;
        } catch (RuntimeException e) {
            // Sent without regions: wall pages resync, and the next read tries again.
            LOG.warnf("Could not read board %s for live screens: %s", line.ward, e.toString());
            line.current = null;
            return null;
        }
    }

    /** The regions this change touches, each rendered once per variant for the whole batch. */
    private Map<String, String> render(CurrentBoard now, BoardChanged change, String variant,
            Map<String, Map<BoardRegion, String>> rendered) {
        Set<BoardRegion> touched = BoardRegion.touchedBy(change, now.board);
        Map<BoardRegion, String> done = rendered.computeIfAbsent(variant, v -> new HashMap<>());
        Map<String, String> out = new LinkedHashMap<>();
        for (BoardRegion region : touched) {
            out.put(region.id, done.computeIfAbsent(region,
                    r -> regions.render(now.board, r, variant)));
        }
        return out;
    }
}
