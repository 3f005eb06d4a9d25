package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Once broke: after-commit observers of concurrent writes raced, and 8 to 125 of every 500
 * change messages reached a socket out of version order, sometimes not ending at the board's
 * final version. Every socket must see versions rise by exactly one.
 */
@QuarkusTest
class OrderingTest {

    private static final String WARD = "ward-31";
    private static final List<String> MEASURES = List.of("falls", "medication-incidents", "hand-hygiene",
            "would-recommend", "cancelled-operations", "medicines-recycled", "staffing-fill-rate");
    private static final int WRITES = 500;

    @TestHTTPResource("/")
    URI base;

    @Test
    void everySocketSeesEveryVersionOnceInOrderUnder500ConcurrentWrites() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        String executive = "hb_session=" + TestAuth.session("executive");
        TestAuth.device(WARD, "ward");
        List<LiveClient> sockets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sockets.add(LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display));
        }
        sockets.add(LiveClient.open(base, "/ws/wards/" + WARD, executive));
        sockets.add(LiveClient.open(base, "/ws/wards/" + WARD, display));
        try {
            for (LiveClient s : sockets) {
                JsonNode first = s.next(10);
                assertNotNull(first, "a snapshot on connect");
                assertEquals("snapshot", first.get("type").asText());
            }
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                int n = i;
                done.add(writers.submit(() -> {
                    String measure = MEASURES.get(n % MEASURES.size());
                    // Every tenth write repeats an entry without its version: refused (409) after it
                    // took the ward's next version, so its transaction rolls back.
                    String date = java.time.LocalDate.of(2025, 1, 1).plusDays(n % 10 == 9 ? (n - 9) / 7 : n / 7)
                            .toString();
                    int status = TestApi.putEntry(WARD, measure, date, "{\"value\": " + (n % 3) + "}").extract()
                            .statusCode();
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            long finalVersion = TestApi.boardVersion(WARD);
            System.out.printf("[OrderingTest] %d writes: %s; board now at version %d%n", WRITES, statuses,
                    finalVersion);
            assertTrue(statuses.getOrDefault(201, new AtomicInteger()).get() > 0, "writes were saved: " + statuses);

            for (LiveClient s : sockets) {
                long start = s.received.get(0).get("version").asLong();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (lastVersion(s) < finalVersion && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                List<Long> versions = s.received.stream().skip(1).filter(m -> "changed".equals(m.get("type").asText()))
                        .map(m -> m.get("version").asLong()).toList();
                for (int i = 0; i < versions.size(); i++) {
                    assertEquals(start + 1 + i, versions.get(i), "version " + (i + 1) + " after the snapshot at "
                            + start + "; got " + versions);
                }
                assertEquals(finalVersion, start + versions.size(), "ends at the board's final version");
            }
            System.out.printf("[OrderingTest] %d sockets each saw every version from the snapshot to %d, in order%n",
                    sockets.size(), finalVersion);
        } finally {
            sockets.forEach(LiveClient::close);
        }
    }

    private static long lastVersion(LiveClient s) {
        JsonNode last = s.received.get(s.received.size() - 1);
        return last.get("version").asLong();
    }
}
