package org.huddleboard.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.huddleboard.cluster.Cluster;
import org.huddleboard.cluster.ClusterNotice;
import org.huddleboard.cluster.ClusterResync;
import org.huddleboard.measure.BoardChanged;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * With several nodes: brings every ward's committed changes, from whichever node made them, to this
 * node's screens in version order. A notification ("ward version") or a local commit queues one
 * catch-up on the ward's line; the catch-up reads every event after the last one relayed, so
 * notifications that pile up cost one read. A ward with a gap (events already swept) or more than
 * {@value #BATCH} events behind gets a fresh snapshot on its screens instead of a replay.
 */
@ApplicationScoped
class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class);
    static final int BATCH = 500;

    @Inject
    LiveWards wards;
    @Inject
    Publisher publisher;
    @Inject
    AgroalDataSource db;
    @Inject
    ObjectMapper json;

    void onNotice(@Observes ClusterNotice notice) {
        if (!Cluster.BOARD.equals(notice.channel()) || notice.payload() == null) {
            return;
        }
        int space = notice.payload().lastIndexOf(' ');
        try {
            wards.relay(notice.payload().substring(0, space), Long.parseLong(notice.payload().substring(space + 1)));
        } catch (RuntimeException e) {
            LOG.warnf("Ignored a board notification '%s'", notice.payload());
        }
    }

    void onResync(@Observes ClusterResync resync) {
        if (resync.reconnected()) {
            wards.relayAll();
            return;
        }
        try {
            // Every few seconds: a notification that never came still reaches the screens.
            versions().forEach((ward, version) -> wards.relayIfBehind(ward, version));
        } catch (SQLException e) {
            LOG.debugf("Could not check board versions: %s", e);
        }
    }

    /** On the ward's line: sends the events after the last relayed one, or a snapshot when they cannot be replayed. */
    void catchUp(WardLine line) {
        long hint = line.takeFetch();
        if (line.relayed < 0) {
            if (hint == Long.MAX_VALUE) {
                return; // no screen here has this ward's board yet, and nothing new was announced
            }
            line.relayed = hint - 1;
        }
        List<BoardChanged> events;
        try {
            events = read(line.ward, line.relayed);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not read board %s's changes from the other nodes (%s); trying again at the next check",
                    line.ward, e.toString());
            return;
        }
        if (events.isEmpty()) {
            return;
        }
        if (events.get(0).version() != line.relayed + 1 || events.size() == BATCH) {
            LOG.infof("Board %s: screens here were at version %d, events resume at %d (%d read); sending them the"
                    + " board afresh", line.ward, line.relayed, events.get(0).version(), events.size());
            publisher.resyncAll(line);
            return;
        }
        line.relayed = events.get(events.size() - 1).version();
        publisher.publish(line, events);
    }

    private List<BoardChanged> read(String ward, long after) throws SQLException {
        List<BoardChanged> events = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select version, kind, change_json from board_event"
                        + " where ward = ? and version > ? order by version limit " + BATCH)) {
            s.setString(1, ward);
            s.setLong(2, after);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String text = r.getString(3);
                    events.add(new BoardChanged(ward, r.getLong(1), r.getString(2),
                            text == null ? null : json.readTree(text)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A board event could not be read", e);
        }
        return events;
    }

    private Map<String, Long> versions() throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select code, board_version from ward");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                versions.put(r.getString(1), r.getLong(2));
            }
        }
        return versions;
    }
}
