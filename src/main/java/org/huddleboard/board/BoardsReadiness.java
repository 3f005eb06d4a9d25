package org.huddleboard.board;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** How long a readiness check waits for the start's first board before building one itself. */
    static final long WARM_UP_WAIT_SECONDS = 10;

    @Inject
    BoardService boards;
    @ConfigProperty(name = "huddle.readiness.warm-up", defaultValue = "true")
    boolean warmUpAtStart;

    private volatile CompletableFuture<HealthCheckResponse> warmUp;

    /**
     * The first board a process builds costs most (Hibernate's queries parsed, the board code loaded and
     * still interpreted): build one on a thread of its own as soon as the application starts, while
     * the HTTP port opens, so the first readiness check (a restart's orchestrator asks at once) and
     * the first screens to rejoin find that done. A readiness check arriving while it runs waits for
     * it rather than building a second first board beside it on a machine of two cores.
     */
    void warmUp(@Observes StartupEvent start) {
        if (!warmUpAtStart) {
            return;
        }
        CompletableFuture<HealthCheckResponse> first = new CompletableFuture<>();
        warmUp = first;
        Thread thread = new Thread(() -> first.complete(check()), "boards-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<HealthCheckResponse> first = warmUp;
        if (first != null && !first.isDone()) {
            try {
                first.get(WARM_UP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // checked afresh below, whatever became of it
            }
        }
        // Afresh even after the warm-up: cheap once warm, and never an answer from before.
        return check();
    }

    private HealthCheckResponse check() {
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
