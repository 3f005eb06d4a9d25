package org.huddleboard.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Listens for the other nodes' notifications on a connection of its own (outside the pool: it is
 * held for as long as the node runs). When that connection fails, it reconnects with backoff and
 * fires {@link ClusterResync}, so whatever was missed meanwhile is caught up from the database.
 * Notifications are handed on at once; the handlers only queue work, so memory stays bounded
 * however many arrive (see src/docs/deploying.md).
 */
@ApplicationScoped
public class ClusterListener {

    private static final Logger LOG = Logger.getLogger(ClusterListener.class);
    static final int WAIT_MILLIS = 500;
    static final long CHECK_NANOS = 5_000_000_000L;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    @Inject
    Cluster cluster;
    @Inject
    Event<ClusterNotice> notices;
    @Inject
    Event<ClusterResync> resyncs;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;

    private volatile boolean running;
    private volatile boolean connected;
    private volatile long lostAt = System.nanoTime();
    private Thread thread;

    /** Whether the node hears the other nodes now: for the readiness check. */
    public boolean connected() {
        return !cluster.enabled() || connected;
    }

    /** How long the node has not heard the other nodes (0 while it does, or with one node). */
    public long deafMillis() {
        return connected() ? 0 : (System.nanoTime() - lostAt) / 1_000_000;
    }

    void start(@Observes StartupEvent start) {
        if (!cluster.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "huddle-cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long backoff = 250;
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + Cluster.BOARD);
                    s.execute("LISTEN " + Cluster.ACCESS);
                }
                boolean again = backoff > 250;
                connected = true;
                backoff = 250;
                if (again) {
                    LOG.info("Listening to the other nodes again; catching up live screens");
                }
                resyncs.fire(new ClusterResync(true));
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (connected) {
                    lostAt = System.nanoTime();
                    LOG.warnf("Lost the database connection that brings other nodes' changes (%s); live screens"
                            + " on this node wait, and catch up when it is back", e.toString());
                }
                connected = false;
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + CHECK_NANOS;
        while (running) {
            PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
            if (got != null) {
                for (PGNotification n : got) {
                    notices.fire(new ClusterNotice(n.getName(), n.getParameter()));
                }
            }
            if (System.nanoTime() > nextCheck) {
                // Proves the connection still works (a cut without a reset would otherwise go unseen).
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                resyncs.fire(new ClusterResync(false));
                nextCheck = System.nanoTime() + CHECK_NANOS;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", username);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", "huddle-board listener " + cluster.node());
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "15");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, p);
    }
}
