package org.huddleboard.ops;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Write latency as the operations team sees it: every POST, PUT, PATCH and DELETE the app
 * handles, from the request reaching the resource layer to the response, tagged by the resource
 * method (a bounded set, never the path with its ids) and the outcome (2xx, 4xx, 5xx). A
 * percentile histogram, so Prometheus can give a p99 over any window and across servers.
 */
@Provider
public class WriteTimer implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String STARTED = WriteTimer.class.getName() + ".started";

    @Inject
    MeterRegistry registry;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod())) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        String operation = resource == null || resource.getResourceMethod() == null ? "unmatched"
                : resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        Timer.builder("huddle.write.latency").description("Time to handle a write request")
                .tag("operation", operation).tag("outcome", (response.getStatus() / 100) + "xx")
                .publishPercentileHistogram().register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
