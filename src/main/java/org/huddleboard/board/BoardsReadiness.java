package org.huddleboard.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.huddleboard.ward.Ward;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Ready means ready to serve boards: the database answers and a ward's board can be built. */
@Readiness
@ApplicationScoped
public class BoardsReadiness implements HealthCheck {

    @Inject
    BoardService boards;
    @ConfigProperty(name = "huddle.readiness.warm-up", defaultValue = "true")
    boolean warmUpAtStart;

    /**
     * The first board a process builds costs most (Hibernate's queries parsed, the board code loaded and
     * still interpreted): build one on a thread of its own as soon as the application starts, while
     * the HTTP port opens, so the first readiness check (a restart's orchestrator asks at once) and
     * the first screens to rejoin find that done.
     */
    void warmUp(@Observes StartupEvent start) {
        if (!warmUpAtStart) {
            return;
        }
        Thread thread = new Thread(this::call, "boards-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

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
