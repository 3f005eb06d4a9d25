package org.huddleboard.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * With several nodes, a node that cannot hear the others would show its screens a board that no
 * longer changes: it reports not ready until it hears them again, so the proxy sends screens that
 * reconnect to another node.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    Cluster cluster;
    @Inject
    ClusterListener listener;

    @Override
    public HealthCheckResponse call() {
        if (!cluster.enabled()) {
            return HealthCheckResponse.named("other-nodes").up().withData("cluster", "off (one node)").build();
        }
        return HealthCheckResponse.named("other-nodes").status(listener.connected()).withData("node", cluster.node())
                .build();
    }
}
