package org.huddleboard.durability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writers that each own a few measures of one ward: each creates values for past days nobody
 * has filled and corrects the ones it created, sending the version it holds, as fast as the
 * server answers. Every request and its outcome is kept, so a test can check afterwards what
 * the server acknowledged against what its database holds.
 */
final class WriteLoad {

    /** One value of one measure on one ward for one day. */
    record Slot(String ward, String measure, LocalDate date) {
    }

    /** What a writer sent, and what came back: a status, or no answer at all. */
    record Request(int writer, Slot slot, String note, double value, Integer sentVersion, long sentNanos,
            long answeredNanos, int status, int version, long boardVersion, String failure) {

        boolean acknowledged() {
            return status == 200 || status == 201;
        }

        boolean answered() {
            return status > 0;
        }

        /** Refused before the server took it: nothing listening on the port. */
        boolean refused() {
            return failure != null && failure.startsWith(ConnectException.class.getSimpleName());
        }
    }

    /** A writer: who it is (a {@code Cookie} header value), its ward and the measure it writes. */
    record Writer(String who, String cookie, String ward, String measure) {
    }

    /** Every note the writers send starts so, e.g. "load a w3 n17" (load a, writer 3, its 17th request). */
    static final String NOTE_PREFIX = "load ";

    private final String base;
    private final List<Writer> writers;
    private final LocalDate today;
    private final LocalDate firstDay;
    private final int days;
    private final long seed;
    private final String tag;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;
    private final List<Thread> threads = new ArrayList<>();
    private CountDownLatch done;

    /** Writers create values from {@code daysBack} days before today back, for {@code days} days, then only correct them. */
    private WriteLoad(String base, List<Writer> writers, LocalDate today, int daysBack, int days, long seed,
            String tag) {
        this.tag = tag;
        this.base = base;
        this.writers = writers;
        this.today = today;
        this.firstDay = today.minusDays(daysBack);
        this.days = days;
        this.seed = seed;
    }

    /**
     * Twelve writers on wards 12 and 14, six measures each: half as the demo ward lead, half as
     * the ward's paired tablet. Values go to days beyond the demo history (90 days).
     */
    static WriteLoad demo(HuddleClient client, int count, long seed) throws IOException, InterruptedException {
        return demo(client, count, seed, 100, 150);
    }

    /** As {@link #demo(HuddleClient, int, long)}, creating values from {@code daysBack} days ago back. */
    static WriteLoad demo(HuddleClient client, int count, long seed, int daysBack, int days)
            throws IOException, InterruptedException {
        String lead = client.signIn("lead");
        String admin = client.signIn("admin");
        List<String> wards = List.of("ward-12", "ward-14");
        Map<String, String> tablets = new HashMap<>();
        Map<String, List<String>> measures = new HashMap<>();
        LocalDate today = null;
        for (String ward : wards) {
            tablets.put(ward, client.pairTablet(admin, ward, "Load tablet " + ward));
            JsonNode board = client.board(admin, ward);
            today = LocalDate.parse(board.path("date").asText());
            List<String> keys = new ArrayList<>();
            board.path("measures").forEach(m -> keys.add(m.path("key").asText()));
            measures.put(ward, keys);
        }
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ward = wards.get(i % wards.size());
            List<String> keys = measures.get(ward);
            int own = i / wards.size();
            if (own >= keys.size()) {
                throw new IllegalArgumentException("more writers than measures on " + ward);
            }
            boolean asTablet = i >= count / 2;
            writers.add(new Writer(asTablet ? "tablet of " + ward : "lead", asTablet ? tablets.get(ward) : lead,
                    ward, keys.get(own)));
        }
        return new WriteLoad(client.base, writers, today, daysBack, days, seed, "a");
    }

    /**
     * The same writers (same people and tablets) on other days, from {@code daysBack} ago; {@code tag}
     * (a letter) keeps its notes apart from the first load's.
     */
    WriteLoad sameWritersFrom(int daysBack, int days, long seed, String tag) {
        return new WriteLoad(base, writers, today, daysBack, days, seed, tag);
    }

    void start() {
        done = new CountDownLatch(writers.size());
        for (int i = 0; i < writers.size(); i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    run(index);
                } finally {
                    done.countDown();
                }
            }, "writer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Asks the writers to stop and waits for the requests they have in flight. */
    void stop() throws InterruptedException {
        stopping = true;
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("writers did not stop: " + threads);
        }
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Writer> writers() {
        return writers;
    }

    private void run(int index) {
        Writer writer = writers.get(index);
        Random random = new Random(seed * 31 + index);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Slot, Integer> versions = new LinkedHashMap<>();
        List<Slot> owned = new ArrayList<>();
        int created = 0;
        int n = 0;
        while (!stopping) {
            Slot slot;
            Integer version;
            if (created < days && (owned.isEmpty() || random.nextBoolean())) {
                slot = new Slot(writer.ward(), writer.measure(), firstDay.minusDays(created++));
                version = null;
            } else {
                slot = owned.get(random.nextInt(owned.size()));
                version = versions.get(slot);
            }
            // Unique per request, so each acknowledged write can be found again, and its audit line.
            String note = NOTE_PREFIX + tag + " w" + index + " n" + n++;
            double value = n % 2;
            Request r = send(http, index, writer, slot, note, value, version);
            requests.add(r);
            if (!r.acknowledged()) {
                // The server is gone or stopping (or refused it: the test says whether it may): stop here.
                return;
            }
            if (version == null) {
                owned.add(slot);
            }
            versions.put(slot, r.version());
        }
    }

    private Request send(HttpClient http, int index, Writer writer, Slot slot, String note, double value,
            Integer version) {
        String body = "{\"value\": " + (int) value + ", \"note\": \"" + note + "\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
        URI uri = URI.create(base + "/api/wards/" + slot.ward() + "/measures/" + slot.measure() + "/entries/"
                + slot.date());
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Cookie", writer.cookie()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answered = System.nanoTime();
            int status = response.statusCode();
            int savedVersion = -1;
            if (status == 200 || status == 201) {
                savedVersion = HuddleClient.JSON.readTree(response.body()).path("version").asInt(-1);
            }
            long board = response.headers().firstValueAsLong("X-Board-Version").orElse(-1);
            return new Request(index, slot, note, value, version, sent, answered, status, savedVersion, board,
                    status == 200 || status == 201 ? null : response.body());
        } catch (IOException e) {
            return new Request(index, slot, note, value, version, sent, System.nanoTime(), -1, -1, -1,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Request(index, slot, note, value, version, sent, System.nanoTime(), -1, -1, -1,
                    "interrupted");
        }
    }
}
