package org.huddleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The live-path benchmark: {@code ./mvnw -Pbenchmark verify}, sizes from {@code -Dbench.sizes}
 * (default 100,1000,5000), writes per size from {@code -Dbench.updates} (default: 30, 10 from 5,000
 * screens). Prints a table and writes it to target/bench/. Not part of the normal build; it takes the
 * whole machine. Asserts only that it ran: the figures are for people to read (src/docs/performance.md).
 */
class LiveBenchmarkIT {

    @Test
    void huddleBoardBesideBareBroadcast() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000,5000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        String updates = System.getProperty("bench.updates", "");
        List<LiveBenchmark.SizeResult> results = new ArrayList<>();
        try (LiveBenchmark bench = new LiveBenchmark()) {
            for (int size : sizes) {
                int n = updates.isBlank() ? (size >= 5000 ? 10 : 30) : Integer.parseInt(updates.trim());
                results.add(bench.run(size, n));
                String table = bench.table(results);
                Files.writeString(Path.of("target", "bench", "live-benchmark.md"), table);
                System.out.println(table);
            }
        }
    }
}
