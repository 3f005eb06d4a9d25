package org.huddleboard.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * On a normal stop (SIGTERM), every request the server has taken is answered before anything
 * closes, the database last; a request arriving after the stop began is answered 503 at once,
 * so the count of requests in flight only falls. Quarkus's own graceful shutdown does not fit:
 * it keeps taking new requests while it waits, and it counts every live board ever opened as a
 * request that never ends, so it would always wait out its timeout.
 */
@ApplicationScoped
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class);
    /** Longest a request may still run once the stop began; a write takes milliseconds. */
    private static final long DRAIN_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(20);
    private static final String STOPPING_PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
            + "\"status\":503,\"detail\":\"The server is restarting; try again in a few seconds\"}";
    private static final String STOPPING_PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"5\"><title>Restarting – Huddle Board</title></head>"
            + "<body><h1>Huddle Board is restarting</h1><p>This page tries again by itself in a few seconds.</p>"
            + "</body></html>";

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    void register(@Observes Filters filters) {
        // Ahead of every other filter, authentication included.
        filters.register(this::handle, Integer.MAX_VALUE);
    }

    private void handle(RoutingContext rc) {
        if (stopping) {
            boolean api = rc.normalizedPath().startsWith("/api/");
            rc.response().setStatusCode(503).putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("Retry-After", "5")
                    .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/html; charset=utf-8")
                    .end(api ? STOPPING_PROBLEM : STOPPING_PAGE);
            return;
        }
        // A live board's handshake starts a connection that lasts; live boards are closed on their own.
        if (!"websocket".equalsIgnoreCase(rc.request().getHeader(HttpHeaders.UPGRADE))) {
            inFlight.incrementAndGet();
            rc.addEndHandler(done -> inFlight.decrementAndGet());
        }
        rc.next();
    }

    /** Quarkus's first step of a stop, before its HTTP server, CDI beans and connection pool close. */
    void onStopping(@Observes @Priority(1) ShutdownDelayInitiatedEvent event) throws InterruptedException {
        stopping = true;
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT_MS;
        int waiting = inFlight.get();
        while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        if (inFlight.get() > 0) {
            LOG.warnf("Stopping with %d requests still running after %d s", inFlight.get(), DRAIN_TIMEOUT_MS / 1000);
        } else {
            LOG.infof("Stopping: answered the %d requests in flight", waiting);
        }
    }
}
