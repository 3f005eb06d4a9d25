package org.huddleboard.cluster;

import java.sql.PreparedStatement;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.quarkus.runtime.StartupEvent;

/**
 * Whether this node shares its database with other nodes ({@code huddle.cluster.enabled}, see
 * src/docs/deploying.md). Then what one node's screens must hear of (board changes, ended access)
 * crosses to the others through PostgreSQL's LISTEN/NOTIFY: a notification is sent only when the
 * transaction that sends it commits, so no node hears of a change that rolled back.
 */
@ApplicationScoped
public class Cluster {

    /** Board changes: "ward version"; the change itself is in the board_event table. */
    public static final String BOARD = "huddle_board";
    /** Access ended or changed: "node kind ids", see access.AccessNotices. */
    public static final String ACCESS = "huddle_access";

    @ConfigProperty(name = "huddle.cluster.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @Inject
    EntityManager em;

    private final String node = UUID.randomUUID().toString().substring(0, 8);

    public boolean enabled() {
        return enabled;
    }

    /** This run of this node, to tell its own notifications from others'. */
    public String node() {
        return node;
    }

    void check(@Observes StartupEvent start) {
        if (enabled && !dbKind.startsWith("postgres")) {
            throw new IllegalStateException("huddle.cluster.enabled=true needs PostgreSQL (this build uses "
                    + dbKind + "): nodes share one database. See src/docs/deploying.md");
        }
    }

    /** Sends {@code payload} to every node listening on {@code channel} (this one too) when the current transaction commits. */
    public void notify(String channel, String payload) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
                s.setString(1, channel);
                s.setString(2, payload);
                s.execute();
            }
        });
    }
}
