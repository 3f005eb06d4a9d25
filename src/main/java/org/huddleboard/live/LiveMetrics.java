package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.websockets.next.OpenConnections;
import jakarta.annotation.PostConstruct;

/**
 * What the operations team watches of the live path: open connections per channel, wall screens
 * among them, and live messages sent or lost. Gauges read the open connections when scraped.
 */
@Startup
@ApplicationScoped
class LiveMetrics {

    @Inject
    MeterRegistry registry;
    @Inject
    OpenConnections connections;

    private Counter sent;
    private Counter failed;

    /** Methods, not fields: callers hold the bean's client proxy. */
    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    @PostConstruct
    void register() {
        sent = Counter.builder("huddle.live.messages.sent").description("Live messages handed to a socket")
                .register(registry);
        failed = Counter.builder("huddle.live.messages.failed")
                .description("Live messages a socket could not take (it was closing; its screen resyncs)")
                .register(registry);
        channel("board", BoardSocket.class);
        channel("escalations", EscalationSocket.class);
        channel("rollup", RollupSocket.class);
        Gauge.builder("huddle.live.wall.screens", connections, open -> open.findByEndpointId(BoardSocket.class.getName())
                .stream().filter(c -> {
                    Viewer viewer = c.userData().get(Listener.VIEWER);
                    return viewer != null && viewer.role() == Role.DISPLAY;
                }).count())
                .description("Paired wall screens connected to this server").register(registry);
    }

    private void channel(String name, Class<?> endpoint) {
        Gauge.builder("huddle.live.connections", connections, open -> open.findByEndpointId(endpoint.getName()).size())
                .tag("channel", name).description("Open live connections on this server").register(registry);
    }
}
