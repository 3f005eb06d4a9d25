package org.huddleboard.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.huddleboard.PackagedServer;
import org.huddleboard.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes of the packaged application on one PostgreSQL database ({@code huddle.cluster.enabled}),
 * node B reaching it through a proxy that can cut it off. Screens on either node stay live and
 * correct: changes through one node reach the other's screens with the next version, a screen
 * moving to the other node resyncs, node B cut off from the database briefly catches up when it
 * is back, cut off for longer closes its screens so they resync elsewhere, and killing node A
 * mid-write loses nothing it acknowledged. Runs on PostgreSQL only (the second
 * run of .ci/run); on H2 it is skipped, unless {@code -Dhuddle.test.require-postgres=true}.
 */
class TwoNodesIT {

    private static final String WARD = "ward-12";
    private static final Duration LIVE = Duration.ofSeconds(10);

    private PackagedServer a;
    private PackagedServer b;
    private TcpProxy proxy;

    @AfterEach
    void stop() throws Exception {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void screensOnBothNodesStayLiveAndCorrectThroughFailures() throws Exception {
        if (!TestDatabase.postgres()) {
            if (Boolean.getBoolean("huddle.test.require-postgres")) {
                fail("HUDDLE_TEST_POSTGRES is not set: run under .ci/postgres");
            }
            assumeTrue(false, "two nodes need PostgreSQL: run under .ci/postgres");
        }
        String url = TestDatabase.url("two-nodes");
        URI db = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(db.getHost(), db.getPort());
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + db.getPath();
        a = new PackagedServer("TwoNodesIT-a", Map.of("huddle.cluster.enabled", "true",
                "quarkus.datasource.jdbc.url", url));
        a.start(); // loads the demo trust
        b = new PackagedServer("TwoNodesIT-b", Map.of("huddle.cluster.enabled", "true",
                "quarkus.datasource.jdbc.url", viaProxy, "huddle.cluster.close-screens-after", "PT8S"));
        b.start();
        HuddleClient onA = new HuddleClient(a.base());
        HuddleClient onB = new HuddleClient(b.base());

        // Sessions, pairing codes and devices work whichever node a request lands on.
        String admin = onA.signIn("admin");
        assertEquals(WARD, onB.board(admin, WARD).path("ward").path("code").asText(), "A's session works on B");
        String tablet = onB.pairTablet(onA, admin, WARD, "Two-node tablet");
        JsonNode board = onA.board(tablet, WARD);
        String measure = board.path("measures").get(0).path("key").asText();
        LocalDate day = LocalDate.parse(board.path("date").asText()).minusDays(400);

        // 1. A change through A reaches B's screen as the next version.
        LiveScreen onScreenB = LiveScreen.open(b.base(), WARD, tablet);
        long start = onScreenB.awaitVersion(0, LIVE).version();
        long sent = System.nanoTime();
        long v1 = write(onA, tablet, measure, day, "through A");
        LiveScreen.Message got = onScreenB.awaitVersion(v1, LIVE);
        assertEquals(start + 1, v1, "nothing else changed ward 12 meanwhile");
        System.out.printf("[TwoNodesIT] change through A at version %d on B's screen after %d ms%n", v1,
                TimeUnit.NANOSECONDS.toMillis(got.at() - sent));

        // 2. The screen reconnects to the other node: a snapshot at the current version, then live from A too.
        LiveScreen onScreenA = LiveScreen.open(a.base(), WARD, tablet);
        assertEquals(v1, onScreenA.messages().get(0).version(), "the resync on A starts at the current version");
        long v2 = write(onB, tablet, measure, day.plusDays(1), "through B");
        onScreenA.awaitVersion(v2, LIVE);
        onScreenB.awaitVersion(v2, LIVE);

        // 3. B cut off from the database while A takes changes; restored, B's screens catch up, in order.
        proxy.cut();
        awaitReady(onB, false);
        long v3 = 0;
        for (int i = 0; i < 5; i++) {
            v3 = write(onA, tablet, measure, day.plusDays(2 + i), "while B is cut off");
        }
        onScreenA.awaitVersion(v3, LIVE);
        assertTrue(onScreenB.messages().get(onScreenB.messages().size() - 1).version() < v3,
                "B's screen cannot have A's changes while B is cut off");
        long restored = System.nanoTime();
        proxy.restore();
        onScreenB.awaitVersion(v3, Duration.ofSeconds(30));
        awaitReady(onB, true);
        System.out.printf("[TwoNodesIT] B reconnected to the database: its screen caught up to version %d in %d ms"
                + " (%d snapshot(s) in all)%n", v3, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restored),
                onScreenB.snapshots());

        // 3b. Cut off for longer: B closes its screens (1001, going away) rather than let them look live,
        // refuses new ones; on A they resync; once back, B serves the current board again.
        proxy.cut();
        long cutAt = System.nanoTime();
        assertEquals(1001, onScreenB.awaitClosed(Duration.ofSeconds(30)), "B tells its screens to go elsewhere");
        long closedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);
        long v5 = write(onA, tablet, measure, day.plusDays(10), "while B is cut off for long");
        try (LiveScreen moved = LiveScreen.open(a.base(), WARD, tablet)) {
            assertEquals(v5, moved.messages().get(0).version(), "the screen resyncs on A");
        }
        proxy.restore();
        awaitReady(onB, true);
        onScreenB.assertNoGapsOrRepeats();
        onScreenB = LiveScreen.open(b.base(), WARD, tablet);
        assertEquals(v5, onScreenB.messages().get(0).version(), "back on B, the screen starts at the current board");
        System.out.printf("[TwoNodesIT] B cut off for long: its screens were closed after %d ms and resynced on A;"
                + " B served them again once the database was back%n", closedAfter);

        // 4. A killed mid-write: nothing it acknowledged is lost, and B's screen ends at the stored version.
        long seed = Long.getLong("durability.seed", System.nanoTime());
        WriteLoad load = WriteLoad.demo(onA, 12, seed, 500, 100);
        load.start();
        long killAfter = 1000 + new Random(seed).nextInt(3000);
        Thread.sleep(killAfter);
        a.kill();
        load.stop();
        List<WriteLoad.Request> requests = load.requests();
        DurabilityIT.Stored stored;
        try (Connection c = DriverManager.getConnection(url, "huddle", "huddle")) {
            stored = DurabilityIT.Stored.read(c);
        }
        int checked = DurabilityIT.assertEveryAcknowledgedWriteKept(requests, stored);
        long stored12 = stored.boardVersions().get(WARD);
        onScreenB.awaitVersion(stored12, LIVE);
        long v4 = write(onB, tablet, measure, day.plusDays(20), "after A died");
        assertEquals(stored12 + 1, v4);
        onScreenB.awaitVersion(v4, LIVE);
        onScreenB.assertNoGapsOrRepeats();
        onScreenA.close();

        // 5. A restarted. Access ended on one node ends on the other at once: revoking the tablet through A
        // closes its screen on B, and B (which served that tablet a moment ago) no longer takes its cookie.
        a.start();
        try (LiveScreen screenOnB = LiveScreen.open(b.base(), WARD, tablet)) {
            onB.board(tablet, WARD); // B has the tablet's sign-in cached now
            String adminB = onB.signIn("admin");
            long id = 0;
            for (JsonNode d : HuddleClient.JSON.readTree(onB.send(HttpRequest.newBuilder(URI.create(b.base()
                    + "/api/devices")).header("Cookie", adminB)).body())) {
                if (d.path("name").asText().equals("Two-node tablet")) {
                    id = d.path("id").asLong();
                }
            }
            int revoked = onA.send(HttpRequest.newBuilder(URI.create(a.base() + "/api/devices/" + id))
                    .header("Cookie", adminB).header("Origin", a.base()).DELETE()).statusCode();
            assertTrue(revoked == 200 || revoked == 204, "revoked through A: " + revoked);
            assertEquals(4401, screenOnB.awaitClosed(LIVE), "B closes the revoked tablet's screen");
            int after = onB.send(HttpRequest.newBuilder(URI.create(b.base() + "/api/wards/" + WARD + "/board"))
                    .header("Cookie", tablet)).statusCode();
            assertEquals(401, after, "B no longer takes the revoked tablet");
        }

        // 6. The sign-in throttle counts attempts on every node together: five wrong passwords
        // through A, and the sixth through B is refused for a while.
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(onA, "lead", "wrong-password-" + i));
        }
        assertEquals(429, signIn(onB, "lead", "wrong-password-5"), "B counts A's failures");
        onScreenB.close();
        System.out.printf("[TwoNodesIT] A killed after %d ms (seed %d): %d writes sent, %d acknowledged and checked"
                + " in the database, lost: 0; B's screen at version %d, no gaps or repeats in %d messages%n",
                killAfter, seed, requests.size(), checked, v4, onScreenB.messages().size());
    }

    /** Creates a value on an old day through a node; answers the board version it was given. */
    private static long write(HuddleClient node, String cookie, String measure, LocalDate day, String note)
            throws Exception {
        HttpResponse<String> r = node.send(HttpRequest.newBuilder(URI.create(node.base + "/api/wards/" + WARD
                + "/measures/" + measure + "/entries/" + day)).header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 1, \"note\": \"" + note + "\"}")));
        assertEquals(201, r.statusCode(), r.body());
        return r.headers().firstValueAsLong("X-Board-Version").orElseThrow();
    }

    private static int signIn(HuddleClient node, String username, String password) throws Exception {
        return node.send(HttpRequest.newBuilder(URI.create(node.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)))
                .statusCode();
    }

    private static void awaitReady(HuddleClient node, boolean ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = -1;
        while (System.nanoTime() < deadline) {
            status = node.send(HttpRequest.newBuilder(URI.create(node.base + "/q/health/ready"))).statusCode();
            if ((status == 200) == ready) {
                return;
            }
            Thread.sleep(200);
        }
        fail("node " + node.base + " readiness still " + status + ", expected " + (ready ? "200" : "503"));
    }
}
