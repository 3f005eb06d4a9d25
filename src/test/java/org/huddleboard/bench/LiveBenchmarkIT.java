package org.huddleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The live-path benchmark: {@code ./mvnw -Pbenchmark verify}, sizes from {@code -Dbench.sizes}
 * (default 100,1000,5000; 0 for none), writes per size from {@code -Dbench.updates} (default: 30, 10 from 5,000
 * screens). First, time to ready without and with a class archive from a training run
 * ({@link StartArchive}), {@code -Dbench.ready-runs} starts of each (default 5; 0 skips it). Prints
 * tables and writes them to target/bench/. Not part of the normal build; it takes the
 * whole machine. Asserts only that it ran: the figures are for people to read (src/docs/performance.md).
 */
class LiveBenchmarkIT {

    @Test
    void huddleBoardBesideBareBroadcast() throws Exception {
        if ("two-nodes".equals(System.getProperty("bench.mode"))) {
            twoNodes();
            return;
        }
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000,5000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).filter(n -> n > 0).toList();
        String updates = System.getProperty("bench.updates", "");
        int readyRuns = Integer.getInteger("bench.ready-runs", 5);
        String ready = "";
        if (readyRuns > 0) {
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "ready-");
            Path jar = Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
            StartArchive.Comparison c = new StartArchive(jar, work.toAbsolutePath()).train().compare(readyRuns);
            ready = "Time to ready, " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                    + ": " + LiveBenchmark.machine() + "\n" + c.table() + "\n";
            Files.writeString(Path.of("target", "bench", "live-benchmark.md"), ready);
            System.out.println(ready);
        }
        if (sizes.isEmpty()) {
            return; // -Dbench.sizes=0: time to ready only
        }
        List<LiveBenchmark.SizeResult> results = new ArrayList<>();
        try (LiveBenchmark bench = new LiveBenchmark()) {
            for (int size : sizes) {
                int n = updates.isBlank() ? (size >= 5000 ? 10 : 30) : Integer.parseInt(updates.trim());
                results.add(bench.run(size, n));
                String table = ready + bench.table(results);
                Files.writeString(Path.of("target", "bench", "live-benchmark.md"), table);
                System.out.println(table);
            }
        }
    }

    /** {@code -Dbench.mode=two-nodes} under .ci/postgres: one node, then two, at each size (default 1000). */
    private static void twoNodes() throws Exception {
        List<TwoNodeBenchmark.Result> results = new ArrayList<>();
        String sizes = System.getProperty("bench.sizes", "");
        int updates = Integer.getInteger("bench.updates", 30);
        try (TwoNodeBenchmark bench = new TwoNodeBenchmark()) {
            for (String size : (sizes.isBlank() ? "1000" : sizes).split(",")) {
                int n = Integer.parseInt(size.trim());
                results.add(bench.oneNode(n, updates));
                results.add(bench.twoNodes(n, updates));
                String table = "Two nodes on PostgreSQL, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": "
                        + LiveBenchmark.machine() + "\n" + TwoNodeBenchmark.table(results);
                Files.writeString(Path.of("target", "bench", "two-node-benchmark.md"), table);
                System.out.println(table);
            }
        }
    }
}
