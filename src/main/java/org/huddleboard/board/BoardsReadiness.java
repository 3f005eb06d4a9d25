package org.huddleboard.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.huddleboard.ward.Ward;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Ready means ready to serve boards: the database answers and a ward's board can be built. */
@Readiness
@ApplicationScoped
public class BoardsReadiness implements HealthCheck {

    @Inject
    BoardService boards;

    @Override
    public HealthCheckResponse call() {
        try {
            String ward = QuarkusTransaction.requiringNew().call(
                    () -> Ward.<Ward> findAll().firstResultOptional().map(w -> w.code).orElse(null));
            if (ward != null && boards.snapshot(ward).isEmpty()) {
                return HealthCheckResponse.down("boards");
            }
            return HealthCheckResponse.named("boards").up().withData("sample", ward == null ? "no wards yet" : ward)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("boards").down().withData("error", e.toString()).build();
        }
    }
}
