package org.huddleboard.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.huddleboard.cluster.Cluster;
import org.huddleboard.measure.BoardChanged;

import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Hands each ward's board changes to that ward's single ordered publisher ({@link WardLine}).
 * After-commit observers of two transactions race once the ward's row lock is released, so the
 * order is taken while the lock is still held, and restored after commit.
 */
@ApplicationScoped
public class LiveWards {

    private final Map<String, WardLine> lines = new ConcurrentHashMap<>();

    @Inject
    Publisher publisher;
    @Inject
    Cluster cluster;
    @Inject
    ClusterRelay relay;

    /** Inside the transaction, right after it took the ward's next version: holds its place in line. */
    void reserve(@Observes(during = TransactionPhase.IN_PROGRESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
    BoardChanged change) {
        if (!cluster.enabled()) {
            line(change.ward()).reserve(change);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        if (cluster.enabled()) {
            // Read back from the database like every other node's changes, in the same order.
            relay(change.ward(), change.version());
        } else {
            complete(change, true);
        }
    }

    void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) BoardChanged change) {
        if (!cluster.enabled()) {
            complete(change, false);
        }
    }

    /** With several nodes: some node committed a change to this ward, up to {@code version}. */
    void relay(String ward, long version) {
        WardLine line = line(ward);
        if (line.wantFetch(version)) {
            line.run(() -> relay.catchUp(line));
        }
    }

    /** With several nodes: after a reconnect, every ward this node has sent anything of catches up. */
    void relayAll() {
        lines.values().forEach(line -> {
            if (line.relayed >= 0 && line.wantFetch(-1)) {
                line.run(() -> relay.catchUp(line));
            }
        });
    }

    /** With several nodes: a ward whose screens here are behind the database catches up. */
    void relayIfBehind(String ward, long version) {
        WardLine line = lines.get(ward);
        if (line != null && line.relayed >= 0 && line.relayed < version) {
            relay(ward, -1);
        }
    }

    /** Sends the connection the board as it is now, in line with the ward's changes; from then on, every change. */
    void join(WebSocketConnection connection) {
        WardLine line = line(connection.pathParam("ward"));
        line.run(() -> publisher.sendSnapshot(line, connection));
    }

    private void complete(BoardChanged change, boolean committed) {
        WardLine line = line(change.ward());
        line.complete(change, committed, () -> publisher.publish(line));
    }

    private WardLine line(String ward) {
        return lines.computeIfAbsent(ward, w -> new WardLine(w, Infrastructure.getDefaultWorkerPool()));
    }
}
