package org.huddleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.huddleboard.TestDatabase;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * Update-to-wall latency on PostgreSQL: one node, then two nodes ({@code huddle.cluster.enabled})
 * on one database with the screens split between them and every write through node A, so half
 * the screens hear of each change from the other node. Same screens, writes and measure as
 * {@link LiveBenchmark}. {@code ./mvnw -Pbenchmark verify -Dbench.mode=two-nodes} under
 * {@code .ci/postgres}; see src/docs/performance.md.
 */
final class TwoNodeBenchmark implements AutoCloseable {

    record Result(String mode, int screens, int updates, List<Double> wall, int never) {
        double p(double q) {
            return LiveBenchmark.percentile(wall, q);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %d screens, %d updates: wall p50 %.1f p95 %.1f p99 %.1f max %.1f ms,"
                    + " missed %d", mode, screens, updates, p(50), p(95), p(99), p(100), never);
        }
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setBlockedThreadCheckInterval(60_000));
    private final Path work;
    private final List<ServerProcess> servers = new ArrayList<>();

    TwoNodeBenchmark() throws Exception {
        if (!TestDatabase.postgres()) {
            throw new IllegalStateException("the two-node benchmark needs PostgreSQL: run it under .ci/postgres");
        }
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "two-nodes-")
                .toAbsolutePath();
    }

    /** All screens on one node, cluster off: the single-node figure on the same database. */
    Result oneNode(int screens, int updates) throws Exception {
        String db = TestDatabase.url("bench-one-node");
        ServerProcess only = start("one", db, false);
        try {
            LiveBenchmark.Huddle huddle = new LiveBenchmark.Huddle(only);
            return measure("one node", huddle, List.of(only), screens, updates);
        } finally {
            only.stop();
        }
    }

    /** Half the screens on each node, every write through node A. */
    Result twoNodes(int screens, int updates) throws Exception {
        String db = TestDatabase.url("bench-two-nodes");
        ServerProcess a = start("a", db, true);
        ServerProcess b = start("b", db, true);
        try {
            LiveBenchmark.Huddle huddle = new LiveBenchmark.Huddle(a);
            return measure("two nodes (writes through A)", huddle, List.of(a, b), screens, updates);
        } finally {
            a.stop();
            b.stop();
        }
    }

    private Result measure(String mode, LiveBenchmark.Huddle huddle, List<ServerProcess> nodes, int count, int updates)
            throws Exception {
        List<Screens> groups = new ArrayList<>();
        try {
            for (int i = 0; i < nodes.size(); i++) {
                int share = count / nodes.size() + (i < count % nodes.size() ? 1 : 0);
                Screens s = new Screens(vertx, share, nodes.get(i).port, huddle.wsUri(), huddle.fetchUri(),
                        huddle.cookies(), huddle.version());
                groups.add(s);
                s.connectAll(huddle.version(), LiveBenchmark.CONCURRENT_HANDSHAKES)
                        .await(LiveBenchmark.REJOIN_TIMEOUT_MILLIS);
                s.awaitFetchesDone(30_000);
            }
            List<Double> wall = new ArrayList<>();
            int never = 0;
            for (int u = 0; u < updates; u++) {
                List<Screens.Round> rounds = new ArrayList<>();
                for (Screens s : groups) {
                    rounds.add(s.begin(huddle.version() + 1, false));
                }
                huddle.write(u);
                for (Screens.Round r : rounds) {
                    r.await(LiveBenchmark.ROUND_TIMEOUT_MILLIS);
                    List<Double> arrived = r.millisSince(rounds.get(0).start, false);
                    wall.addAll(arrived);
                    never += r.at.length() - arrived.size();
                }
                for (Screens s : groups) {
                    s.awaitFetchesDone(30_000);
                }
            }
            Result result = new Result(mode, count, updates, wall, never);
            System.out.println("[TwoNodeBenchmark] " + result);
            return result;
        } finally {
            for (Screens s : groups) {
                s.close();
            }
        }
    }

    private ServerProcess start(String name, String db, boolean cluster) throws Exception {
        int port = ServerProcess.freePort();
        Path data = Files.createDirectories(work.resolve(name + "-data"));
        Path jar = Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        ServerProcess server = new ServerProcess("huddle " + name, port, data, work.resolve(name + ".log"),
                "/q/health/ready", () -> ServerProcess.javaCommand("-Dhuddle.demo=true", "-Dhuddle.data-dir=" + data,
                        "-Dquarkus.datasource.jdbc.url=" + db, "-Dhuddle.cluster.enabled=" + cluster,
                        "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        server.start();
        servers.add(server);
        return server;
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder("| mode | screens | updates | wall p50 / p95 / p99 / max ms | missed |\n"
                + "|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f / %.1f / %.1f / %.1f | %d |%n", r.mode(),
                    r.screens(), r.updates(), r.p(50), r.p(95), r.p(99), r.p(100), r.never()));
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        for (ServerProcess s : servers) {
            s.stop();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }
}
