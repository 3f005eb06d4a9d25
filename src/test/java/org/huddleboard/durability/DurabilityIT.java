package org.huddleboard.durability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.huddleboard.PackagedServer;
import org.huddleboard.durability.WriteLoad.Request;
import org.huddleboard.durability.WriteLoad.Slot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing the server acknowledged is ever lost. Twelve writers (the demo ward lead and paired
 * ward tablets) create and correct values on the packaged server; it is killed (SIGKILL) at a
 * random moment, restarted, written to again and stopped normally (SIGTERM) under the same load.
 * Then its database is opened directly: every write answered 200/201 must be there with its
 * value and version, and with its audit line; board versions never went back; and every request
 * the stop met was answered, or never taken.
 *
 * <p>Set {@code -Ddurability.seed=...} to replay a run's timing; {@code -Ddurability.jdbc-url=...}
 * runs it against other database settings (with H2's defaults, acknowledged writes are lost).
 */
class DurabilityIT {

    private static final int WRITERS = 12;
    private static final List<String> WARDS = List.of("ward-12", "ward-14");

    private PackagedServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aCrashOrAStopUnderLoadLosesNothingAcknowledged() throws Exception {
        long seed = Long.getLong("durability.seed", System.nanoTime());
        Random random = new Random(seed);
        String url = System.getProperty("durability.jdbc-url");
        server = new PackagedServer("DurabilityIT", url == null || url.isBlank() ? Map.of()
                : Map.of("quarkus.datasource.jdbc.url", url));
        System.out.printf("[DurabilityIT] seed %d (replay with -Ddurability.seed=%d)%n", seed, seed);

        server.start();
        assertNoDatabaseErrors("after the first start (demo data loaded)");
        HuddleClient client = new HuddleClient(server.base());

        // 1. Killed mid-write, at a random moment 1 to 10 s in.
        WriteLoad beforeCrash = WriteLoad.demo(client, WRITERS, seed, 100, 150);
        long killAfter = 1000 + random.nextInt(9000);
        beforeCrash.start();
        Thread.sleep(killAfter);
        server.kill();
        beforeCrash.stop();
        List<Request> crashed = beforeCrash.requests();
        assertOnly(crashed, Set.of(200, 201), "before the kill");
        Map<String, Long> versionsBeforeCrash = highestBoardVersions(crashed);

        // 2. Restarted: boards are where they were, and go on from there.
        server.start();
        assertNoDatabaseErrors("after the restart from a crash");
        String admin = client.signIn("admin");
        for (String ward : WARDS) {
            long now = client.board(admin, ward).path("version").asLong();
            assertTrue(now >= versionsBeforeCrash.getOrDefault(ward, 0L), ward + "'s board went back from version "
                    + versionsBeforeCrash.get(ward) + " to " + now + " after the crash");
        }

        // 3. Stopped normally (SIGTERM) under the same writers, 1 to 3 s in.
        WriteLoad beforeStop = beforeCrash.sameWritersFrom(260, 100, seed + 1, "b");
        long stopAfter = 1000 + random.nextInt(2000);
        beforeStop.start();
        Thread.sleep(stopAfter);
        long logBeforeStop = server.logSize();
        long stopping = System.nanoTime();
        server.stop();
        long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
        beforeStop.stop();
        List<Request> stopped = beforeStop.requests();
        assertOnly(stopped, Set.of(200, 201, 503), "during the stop");
        String stopLog = server.logSince(logBeforeStop);
        assertFalse(stopLog.contains("ERROR"), "the stop logged errors:\n" + stopLog);
        for (String ward : WARDS) {
            long first = stopped.stream().filter(r -> r.acknowledged() && r.slot().ward().equals(ward))
                    .mapToLong(Request::boardVersion).min().orElse(Long.MAX_VALUE);
            assertTrue(first > versionsBeforeCrash.getOrDefault(ward, 0L), ward + ": version " + first
                    + " given again after the crash (had reached " + versionsBeforeCrash.get(ward) + ")");
        }

        // 4. What the database holds.
        List<Request> all = new ArrayList<>(crashed);
        all.addAll(stopped);
        Stored stored;
        try (Connection db = server.openDatabase()) {
            stored = Stored.read(db);
        }
        int checked = assertEveryAcknowledgedWriteKept(all, stored);
        Map<String, Long> highest = highestBoardVersions(all);
        for (String ward : WARDS) {
            assertTrue(stored.boardVersions.get(ward) >= highest.getOrDefault(ward, 0L), ward + " is at version "
                    + stored.boardVersions.get(ward) + " but version " + highest.get(ward) + " was acknowledged");
        }
        List<Request> untaken = assertStopAnsweredEveryRequestItTook(stopped, stored);

        System.out.printf("[DurabilityIT] killed after %d ms: %d writes sent, %d acknowledged, %d unanswered"
                + " (%d of those committed before the kill)%n", killAfter, crashed.size(),
                crashed.stream().filter(Request::acknowledged).count(),
                crashed.stream().filter(r -> !r.answered()).count(),
                crashed.stream().filter(r -> !r.answered() && stored.hasNote(r.note())).count());
        System.out.printf("[DurabilityIT] board versions acknowledged before the kill %s, after the restart %s%n",
                versionsBeforeCrash, lowestBoardVersions(stopped));
        System.out.printf("[DurabilityIT] stopped (SIGTERM) after %d ms, exit took %d ms: %d writes sent,"
                + " %d acknowledged, %d answered 503 (stopping), %d unanswered and never taken%n", stopAfter,
                stopMillis, stopped.size(), stopped.stream().filter(Request::acknowledged).count(),
                stopped.stream().filter(r -> r.status() == 503).count(), untaken.size());
        System.out.printf("[DurabilityIT] acknowledged writes checked in the database: %d, lost: 0%n", checked);
    }

    /** Every 200/201 is in the database: as the slot's current value, or overtaken; and in the audit trail. */
    static int assertEveryAcknowledgedWriteKept(List<Request> requests, Stored stored) {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        // Each slot is written by one writer, one request at a time: its requests in order.
        Map<Slot, List<Request>> bySlot = requests.stream()
                .collect(Collectors.groupingBy(Request::slot, LinkedHashMap::new, Collectors.toList()));
        for (var e : bySlot.entrySet()) {
            List<Request> writes = e.getValue();
            Request lastAcknowledged = null;
            for (Request r : writes) {
                if (!r.acknowledged()) {
                    continue;
                }
                checked++;
                lastAcknowledged = r;
                Audited line = stored.audit.get(r.note());
                String action = r.status() == 201 ? "measure-entry.created" : "measure-entry.corrected";
                if (line == null) {
                    lost.add("no audit line for " + describe(r));
                } else if (line.version != r.version() || line.value != r.value() || !line.action.equals(action)) {
                    lost.add("audit line " + line + " differs from " + describe(r));
                }
            }
            Entry now = stored.entries.get(e.getKey());
            if (lastAcknowledged == null) {
                continue;
            }
            Request last = writes.get(writes.size() - 1);
            boolean current = now != null && now.note.equals(lastAcknowledged.note())
                    && now.version == lastAcknowledged.version() && now.value == lastAcknowledged.value();
            // A correction sent after it and never answered may have committed before the kill.
            boolean overtaken = now != null && last != lastAcknowledged && !last.answered()
                    && now.note.equals(last.note()) && now.version == lastAcknowledged.version() + 1;
            if (!current && !overtaken) {
                lost.add(e.getKey() + " holds " + now + " but " + describe(lastAcknowledged) + " was acknowledged");
            }
        }
        if (!lost.isEmpty()) {
            fail(lost.size() + " of " + checked + " acknowledged writes lost or changed, e.g.:\n"
                    + lost.stream().limit(10).collect(Collectors.joining("\n")));
        }
        return checked;
    }

    /**
     * During a normal stop, each request was answered (a result, or 503 "restarting"), or refused
     * before the server took it: nothing listening, or a connection closed before it was read,
     * in which case nothing of it may be in the database.
     */
    private static List<Request> assertStopAnsweredEveryRequestItTook(List<Request> requests, Stored stored) {
        List<Request> untaken = new ArrayList<>();
        for (Request r : requests) {
            if (r.answered()) {
                continue;
            }
            if (stored.hasNote(r.note())) {
                fail("The stop left a request unanswered that it had committed: " + describe(r));
            }
            untaken.add(r);
        }
        return untaken;
    }

    private void assertNoDatabaseErrors(String when) throws Exception {
        String trace = server.databaseTrace();
        assertFalse(trace.contains("Exception"), "H2 logged errors " + when + " (" + server.dataDir
                + "/huddle.trace.db):\n" + (trace.length() > 3000 ? trace.substring(0, 3000) : trace));
    }

    private static void assertOnly(List<Request> requests, Set<Integer> statuses, String when) {
        List<Request> other = requests.stream().filter(r -> r.answered() && !statuses.contains(r.status())).toList();
        assertTrue(other.isEmpty(), "unexpected answers " + when + ": " + other.stream().limit(5).toList());
        assertTrue(requests.stream().anyMatch(Request::acknowledged), "no write was acknowledged " + when);
    }

    private static Map<String, Long> highestBoardVersions(List<Request> requests) {
        Map<String, Long> highest = new TreeMap<>();
        Map<String, Set<Long>> seen = new HashMap<>();
        for (Request r : requests) {
            if (r.acknowledged()) {
                assertTrue(seen.computeIfAbsent(r.slot().ward(), w -> new HashSet<>()).add(r.boardVersion()),
                        "board version " + r.boardVersion() + " of " + r.slot().ward() + " acknowledged twice");
                highest.merge(r.slot().ward(), r.boardVersion(), Math::max);
            }
        }
        return highest;
    }

    private static Map<String, Long> lowestBoardVersions(List<Request> requests) {
        Map<String, Long> lowest = new TreeMap<>();
        requests.stream().filter(Request::acknowledged)
                .forEach(r -> lowest.merge(r.slot().ward(), r.boardVersion(), Math::min));
        return lowest;
    }

    private static String describe(Request r) {
        return r.slot() + " '" + r.note() + "' value " + r.value() + " version " + r.version() + " (answered "
                + r.status() + ")";
    }

    record Entry(double value, String note, int version) {
    }

    record Audited(String action, double value, int version) {
    }

    /** What the database holds of the writers' values, by slot and by note. */
    record Stored(Map<Slot, Entry> entries, Map<String, Audited> audit, Map<String, Long> boardVersions,
            Set<String> notes) {

        boolean hasNote(String note) {
            return notes.contains(note) || audit.containsKey(note);
        }

        static Stored read(Connection db) throws SQLException, java.io.IOException {
            Map<Slot, Entry> entries = new HashMap<>();
            Set<String> notes = new HashSet<>();
            try (var s = db.prepareStatement("select w.code, m.measure_key, e.entry_date, e.entry_value, e.note,"
                    + " e.version from measure_entry e join ward w on w.id = e.ward_id"
                    + " join measure_definition m on m.id = e.measure_id where e.note like ?")) {
                s.setString(1, WriteLoad.NOTE_PREFIX + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Slot slot = new Slot(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class));
                        entries.put(slot, new Entry(rs.getDouble(4), rs.getString(5), rs.getInt(6)));
                        notes.add(rs.getString(5));
                    }
                }
            }
            Map<String, Audited> audit = new HashMap<>();
            try (var s = db.prepareStatement("select action, after_value from audit_event where after_value like ?")) {
                s.setString(1, "%" + WriteLoad.NOTE_PREFIX + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        JsonNode after = HuddleClient.JSON.readTree(rs.getString(2));
                        audit.put(after.path("note").asText(), new Audited(rs.getString(1),
                                after.path("value").asDouble(), after.path("version").asInt()));
                    }
                }
            }
            Map<String, Long> versions = new HashMap<>();
            try (var s = db.createStatement(); ResultSet rs = s.executeQuery("select code, board_version from ward")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Stored(entries, audit, versions, notes);
        }
    }
}
