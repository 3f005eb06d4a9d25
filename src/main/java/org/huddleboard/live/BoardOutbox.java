package org.huddleboard.live;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.huddleboard.cluster.Cluster;
import org.huddleboard.measure.BoardChanged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * With several nodes: each board change is written to the board_event table inside the transaction
 * that made it, and every node is notified when it commits ({@link ClusterRelay} reads it back, in the
 * ward's version order). Events are kept for {@code huddle.cluster.event-retention}; a node further
 * behind than that resyncs its screens instead of replaying.
 */
@ApplicationScoped
class BoardOutbox {

    @Inject
    Cluster cluster;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "huddle.cluster.event-retention", defaultValue = "PT10M")
    Duration retention;

    void record(@Observes(during = TransactionPhase.IN_PROGRESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1)
    BoardChanged change) {
        if (!cluster.enabled()) {
            return;
        }
        String text = encode(change.change());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into board_event (ward, version, kind, change_json, created_at) values (?, ?, ?, ?, ?)")) {
                s.setString(1, change.ward());
                s.setLong(2, change.version());
                s.setString(3, change.kind());
                s.setString(4, text);
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
        });
        cluster.notify(Cluster.BOARD, change.ward() + " " + change.version());
    }

    @Scheduled(identity = "board-events-cleanup", every = "60s", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!cluster.enabled()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from board_event where created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(retention))).executeUpdate());
    }

    private String encode(Object change) {
        try {
            return change == null ? null : json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode a board change for the other nodes", e);
        }
    }
}
