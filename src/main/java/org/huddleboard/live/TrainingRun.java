package org.huddleboard.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.access.Person;
import org.huddleboard.board.BoardRegion;
import org.huddleboard.board.BoardRegions;
import org.huddleboard.board.BoardService;
import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.common.AppBuild;
import org.huddleboard.ward.Ward;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;

/**
 * {@code -Dhuddle.train-and-exit=true}: start on an empty scratch database with the demo data, do
 * once what a restart does first (the readiness check, a board read, rendered for wall pages and
 * encoded for API clients, a page), then exit. Run under {@code -XX:ArchiveClassesAtExit}, the JVM
 * writes every class this loaded into an archive that later starts map instead of loading and
 * verifying them again (src/docs/deployment.md). Refuses a database that has wards or people, so
 * it never runs on a real one.
 */
@ApplicationScoped
public class TrainingRun {

    private static final Logger LOG = Logger.getLogger(TrainingRun.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "huddle.train-and-exit", defaultValue = "false")
    boolean enabled;
    @Inject
    HttpServer http;
    @Inject
    BoardService boards;
    @Inject
    BoardRegions regions;
    @Inject
    ObjectMapper json;
    @Inject
    AppBuild build;

    /** Before the demo data loads (observers without a priority come later). */
    void onStart(@Observes @Priority(1) StartupEvent start) {
        if (!enabled) {
            return;
        }
        long existing = QuarkusTransaction.requiringNew().call(() -> Ward.count() + Person.count());
        if (existing > 0) {
            throw new IllegalStateException("huddle.train-and-exit needs an empty scratch database (a fresh"
                    + " huddle.data-dir); this one has wards or people, so nothing was done");
        }
        // The HTTP port opens after the start-up observers: train on a thread of its own.
        Thread trainer = new Thread(this::train, "training-run");
        trainer.setDaemon(true);
        trainer.start();
    }

    private void train() {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + awaitPort() + "/");
            expect200(client, base.resolve("q/health/ready"));
            expect200(client, base.resolve("sign-in"));
            int wards = 0;
            for (String ward : QuarkusTransaction.requiringNew()
                    .call(() -> Ward.listWithCsu().stream().map(w -> w.code).toList())) {
                BoardSnapshot board = boards.snapshot(ward).orElseThrow();
                Map<String, String> html = regions.render(board, EnumSet.allOf(BoardRegion.class),
                        BoardRegions.EVERYONE);
                json.writeValueAsString(LiveMessage.snapshot(board, html, build.id()));
                json.writeValueAsString(LiveMessage.snapshot(board, build.id()));
                wards++;
            }
            LOG.infof("Training run done (%d boards); exiting", wards);
            Quarkus.asyncExit(0);
        } catch (Exception e) {
            LOG.error("Training run failed", e);
            Quarkus.asyncExit(1);
        }
    }

    private int awaitPort() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (http.getPort() <= 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("HTTP did not start within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        return http.getPort();
    }

    private static void expect200(HttpClient client, URI uri) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                int status = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("GET " + uri + " answered " + status);
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            Thread.sleep(50);
        }
    }
}
