package org.huddleboard.durability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.huddleboard.PackagedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Write throughput of the packaged server: concurrent writers creating and correcting values
 * (the crash test's load) for a fixed time; prints writes per second and latencies. A benchmark,
 * not a test: it asserts only that every write was acknowledged, and is not part of the suite.
 * Run it on its own, on a quiet machine:
 *
 * <pre>
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WriteBenchmark
 * </pre>
 *
 * Options: {@code -Dbench.writers=12 -Dbench.seconds=20 -Dbench.warmup=5}, and
 * {@code -Dbench.jdbc-url=...} to compare database settings (e.g.
 * {@code 'jdbc:h2:file:${huddle.data-dir}/huddle'} for H2's defaults), {@code -Dbench.jvm-options=...} for
 * the server's JVM (e.g. {@code -XX:StartFlightRecording=filename=/tmp/bench.jfr} to profile it), and
 * {@code -Dbench.jar=...} to run another build (e.g. an older commit's, for before and after figures).
 */
class WriteBenchmark {

    private PackagedServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void writeThroughput() throws Exception {
        int writers = Integer.getInteger("bench.writers", 12);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        Map<String, String> settings = new HashMap<>();
        String url = System.getProperty("bench.jdbc-url");
        if (url != null && !url.isBlank()) {
            settings.put("quarkus.datasource.jdbc.url", url);
        }
        String jar = System.getProperty("bench.jar", "");
        if (!jar.isBlank()) {
            System.setProperty("huddle.jar", jar);
        }
        server = new PackagedServer("WriteBenchmark", settings);
        String jvm = System.getProperty("bench.jvm-options", "");
        if (!jvm.isBlank()) {
            server.withJvmOptions(List.of(jvm.trim().split("\\s+")));
        }
        server.start();
        WriteLoad load = WriteLoad.demo(new HuddleClient(server.base()), writers, 1);
        load.start();
        long from = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long to = from + TimeUnit.SECONDS.toNanos(seconds);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(from - System.nanoTime()));
        long[] before = processStats(server.pid());
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(to - System.nanoTime()));
        long[] after = processStats(server.pid());
        load.stop();

        List<WriteLoad.Request> all = load.requests();
        assertTrue(all.stream().allMatch(WriteLoad.Request::acknowledged),
                "every write acknowledged: " + all.stream().filter(r -> !r.acknowledged()).limit(3).toList());
        List<WriteLoad.Request> measured = all.stream()
                .filter(r -> r.sentNanos() >= from && r.answeredNanos() <= to).toList();
        long[] micros = measured.stream().mapToLong(r -> (r.answeredNanos() - r.sentNanos()) / 1000).sorted()
                .toArray();
        long creates = measured.stream().filter(r -> r.status() == 201).count();
        System.out.printf("[WriteBenchmark] %s%n", url == null ? "default database settings" : url);
        System.out.printf("[WriteBenchmark] %d writers, %d s measured after %d s warm-up: %d writes (%d creates,"
                + " %d corrections) = %.1f writes/s%n", writers, seconds, warmup, measured.size(), creates,
                measured.size() - creates, measured.size() / (double) seconds);
        System.out.printf("[WriteBenchmark] latency ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), percentile(micros, 100));
        if (before != null && after != null && !measured.isEmpty()) {
            // CPU time per write is far less disturbed than throughput by whatever else the machine runs.
            System.out.printf("[WriteBenchmark] server per write: %.2f ms CPU, %.1f KiB written (files and sockets)%n",
                    (after[0] - before[0]) * 1000.0 / CLOCK_TICKS / measured.size(),
                    (after[1] - before[1]) / 1024.0 / measured.size());
        }
    }

    private static final int CLOCK_TICKS = 100;

    /** User + system CPU ticks and bytes written, from Linux's /proc; null elsewhere. */
    private static long[] processStats(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long written = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "io"))) {
                if (line.startsWith("wchar:")) {
                    written = Long.parseLong(line.substring("wchar:".length()).trim());
                }
            }
            return new long[] { ticks, written };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
