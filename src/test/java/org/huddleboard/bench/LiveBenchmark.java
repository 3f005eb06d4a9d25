package org.huddleboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huddleboard.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * Update-to-wall latency, missed deliveries, rejoin after a restart, memory per screen and time to
 * ready: the packaged Huddle Board beside a bare Vert.x broadcast server ({@link BareServer}), both
 * as their own processes, with all screens on ward 12. See src/docs/performance.md.
 */
final class LiveBenchmark implements AutoCloseable {

    static final String WARD = "ward-12";
    static final String MEASURE = "delayed-discharges";
    /** A delivery later than this counts as missed. */
    static final long LATE_MILLIS = 5_000;
    /** How long one write waits for every screen before the next write. */
    static final long ROUND_TIMEOUT_MILLIS = 10_000;
    static final long REJOIN_TIMEOUT_MILLIS = 90_000;
    static final int DISPLAYS_PAIRED = 3;
    static final int CONCURRENT_HANDSHAKES = 200;

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAIR_CODE = Pattern.compile("class=\"pair-code\"[^>]*>([^<]+)<");
    private static final Pattern REGION_VERSION = Pattern.compile("id=\"board-live\"[^>]*?data-version=\"(\\d+)\"");

    final Path work;
    final Vertx vertx = Vertx.vertx(new VertxOptions().setBlockedThreadCheckInterval(60_000));
    final Huddle huddle;
    final Bare bare;
    /** Start to ready of the first start, into an empty database (loads the demo data). */
    final long firstStartMillis;

    final String loadAtStart;

    LiveBenchmark() throws Exception {
        loadAtStart = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "run-").toAbsolutePath();
        Path data = Files.createDirectories(work.resolve("huddle-data"));
        Path jar = Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the application first");
        }
        int huddlePort = ServerProcess.freePort();
        List<String> database = TestDatabase.serverOptions("live-benchmark");
        ServerProcess app = new ServerProcess("huddle", huddlePort, data, work.resolve("huddle.log"),
                "/q/health/ready", () -> ServerProcess.javaCommand(huddleArgs(data, huddlePort, jar, database)));
        app.start();
        firstStartMillis = app.readyMillis;
        huddle = new Huddle(app);

        Path region = work.resolve("region.html");
        Files.writeString(region, huddle.region);
        bare = new Bare(ServerProcess.freePort(), region);
        bare.server.start();
    }

    @Override
    public void close() throws Exception {
        try {
            if (huddle != null) {
                huddle.server.stop();
            }
            if (bare != null) {
                bare.server.stop();
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    /** Both servers at one size: bare first, then Huddle Board. */
    SizeResult run(int screens, int updates) throws Exception {
        long t = System.nanoTime();
        Result b = run(bare, screens, updates);
        Result h = run(huddle, screens, updates);
        return new SizeResult(screens, updates, b, h, (System.nanoTime() - t) / 1_000_000_000.0);
    }

    Result run(Target target, int count, int updates) throws Exception {
        long started = System.nanoTime();
        ServerProcess server = target.server();
        ServerProcess.Memory before = server.memory();
        Result r = new Result(target.name(), count, updates);
        try (Screens screens = new Screens(vertx, count, server.port, target.wsUri(), target.fetchUri(),
                target.cookies(), target.version())) {
            long connectFrom = System.nanoTime();
            Screens.Round connect = screens.connectAll(target.version(), CONCURRENT_HANDSHAKES);
            connect.await(REJOIN_TIMEOUT_MILLIS);
            r.connectSeconds = (connect.last() - connectFrom) / 1e9;
            r.notConnected = count - connect.arrived();
            screens.awaitFetchesDone(30_000);
            ServerProcess.Memory after = server.memory();
            r.rssPerScreenKb = (after.rssKb() - before.rssKb()) / (double) count;
            r.heapPerScreenKb = (after.heapKb() - before.heapKb()) / (double) count;
            r.rssBeforeMb = before.rssKb() / 1024.0;

            for (int u = 0; u < updates; u++) {
                Screens.Round round = screens.begin(target.version() + 1, false);
                boolean written = write(target, u);
                round.await(ROUND_TIMEOUT_MILLIS);
                List<Double> wall = round.millisSince(round.start, false);
                r.wall.addAll(wall);
                r.message.addAll(round.millisSince(round.start, true));
                r.late += (int) wall.stream().filter(ms -> ms > LATE_MILLIS).count();
                r.never += count - wall.size();
                screens.awaitFetchesDone(30_000);
                if (!written) {
                    r.writesFailed++;
                    screens.awaitFetchesDone(60_000);
                    target.relearn();
                }
            }

            // Restart under the connected screens: they come back with the page's backoff and jitter.
            Screens.Round rejoin = screens.begin(target.version(), true);
            long stopAt = System.nanoTime();
            server.stop();
            server.start();
            long readyAt = System.nanoTime();
            r.readySeconds = server.readyMillis / 1000.0;
            rejoin.await(REJOIN_TIMEOUT_MILLIS);
            r.notRejoined = count - rejoin.arrived();
            r.rejoinFromReadySeconds = Math.max(0, rejoin.last() - readyAt) / 1e9;
            r.rejoinFromStopSeconds = (rejoin.last() - stopAt) / 1e9;
            screens.awaitFetchesDone(30_000);
            r.finalVersion = target.version();
            r.showingFinal = screens.showing(target.version());
        }
        Thread.sleep(1000); // let the server see the sockets go before the next run measures it
        r.seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("[LiveBenchmark] " + r);
        return r;
    }

    /** A write the server could not take in time is a round every screen missed, not the end of the run. */
    private static boolean write(Target target, int n) throws Exception {
        try {
            target.write(n);
            return true;
        } catch (IOException | IllegalStateException e) {
            System.out.println("[LiveBenchmark] " + target.name() + " write " + n + " failed: " + e);
            return false;
        }
    }

    // --- the two servers ---

    interface Target {
        String name();

        ServerProcess server();

        String wsUri();

        /** The page's fetch of the live region; null if every message carries the regions. */
        String fetchUri();

        List<String> cookies();

        /** The board version now. */
        long version();

        /** Makes one change; afterwards {@link #version()} is one higher. */
        void write(int n) throws Exception;

        /** After a failed write: learns the board's version from the server again. */
        default void relearn() throws Exception {
        }
    }

    /** The packaged application, watched by paired wall screens, written to by the ward leader. */
    static final class Huddle implements Target {
        final ServerProcess server;
        final String base;
        final List<String> displays = new ArrayList<>();
        final String lead;
        final String region;
        long boardVersion;
        int entryVersion = -1;

        Huddle(ServerProcess server) throws Exception {
            this.server = server;
            this.base = "http://127.0.0.1:" + server.port;
            String admin = signIn("admin", "admin-demo-2026");
            for (int i = 0; i < DISPLAYS_PAIRED; i++) {
                displays.add(pairDisplay(admin, "Benchmark screen " + (i + 1)));
            }
            lead = signIn("lead", "lead-demo-2026");
            write(0); // today's entry exists from here on, and we know its version
            HttpResponse<String> live = send(HttpRequest.newBuilder(URI.create(base + fetchUri()))
                    .header("Cookie", displays.get(0)).GET());
            if (live.statusCode() != 200) {
                throw new IllegalStateException("GET " + fetchUri() + " as a display: " + live.statusCode());
            }
            region = live.body();
            boardVersion = regionVersion(region);
        }

        @Override
        public void relearn() throws Exception {
            HttpResponse<String> live = HTTP.send(HttpRequest.newBuilder(URI.create(base + fetchUri()))
                    .header("Cookie", displays.get(0)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boardVersion = regionVersion(live.body());
        }

        private static long regionVersion(String html) {
            Matcher m = REGION_VERSION.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no data-version in the live region: " + html);
            }
            return Long.parseLong(m.group(1));
        }

        @Override
        public String name() {
            return "huddle";
        }

        @Override
        public ServerProcess server() {
            return server;
        }

        @Override
        public String wsUri() {
            return "/ws/wards/" + WARD + "?format=html";
        }

        @Override
        public String fetchUri() {
            return "/wards/" + WARD + "/board/live";
        }

        @Override
        public List<String> cookies() {
            return displays;
        }

        @Override
        public long version() {
            return boardVersion;
        }

        /** Today's value of one measure, as the ward leader; a stale version is corrected once. */
        @Override
        public void write(int n) throws Exception {
            URI uri = URI.create(base + "/api/wards/" + WARD + "/measures/" + MEASURE + "/entries/today");
            for (int attempt = 0; attempt < 3; attempt++) {
                String body = "{\"value\": " + (n % 7) + (entryVersion < 0 ? "" : ", \"version\": " + entryVersion)
                        + "}";
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri).header("Cookie", lead)
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
                JsonNode answer = JSON.readTree(r.body());
                if (r.statusCode() == 200 || r.statusCode() == 201) {
                    entryVersion = answer.path("version").asInt();
                    boardVersion++;
                    return;
                }
                if (r.statusCode() != 409) {
                    throw new IllegalStateException("PUT " + uri + ": " + r.statusCode() + " " + r.body());
                }
                entryVersion = answer.path("current").path("version").asInt();
            }
            throw new IllegalStateException("PUT " + uri + " kept conflicting");
        }

        private String signIn(String username, String password) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)));
            if (r.statusCode() != 303) {
                throw new IllegalStateException("sign-in as " + username + ": " + r.statusCode());
            }
            return cookie(r, "hb_session");
        }

        /** The pairing a wall screen and an admin go through; returns the screen's device cookie. */
        private String pairDisplay(String admin, String name) throws Exception {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/pair")).GET());
            Matcher code = PAIR_CODE.matcher(page.body());
            if (!code.find()) {
                throw new IllegalStateException("no pairing code on /pair: " + page.statusCode());
            }
            String claim = cookie(page, "hb_pairing");
            HttpResponse<String> paired = send(HttpRequest.newBuilder(URI.create(base + "/api/devices"))
                    .header("Cookie", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("code",
                            code.group(1).replace(" ", "").trim(), "ward", WARD, "role", "display", "name", name)))));
            if (paired.statusCode() != 201) {
                throw new IllegalStateException("pairing: " + paired.statusCode() + " " + paired.body());
            }
            HttpResponse<String> collected = send(HttpRequest.newBuilder(URI.create(base + "/pair"))
                    .header("Cookie", claim).GET());
            return cookie(collected, "hb_device");
        }
    }

    /** The bare broadcast server: publishing the live region's HTML is its write. */
    final class Bare implements Target {
        final ServerProcess server;
        long version;

        Bare(int port, Path region) {
            server = new ServerProcess("bare", port, work, work.resolve("bare.log"), "/ready",
                    () -> ServerProcess.javaCommand("-cp", System.getProperty("java.class.path"),
                            BareServer.class.getName(), Integer.toString(port), Long.toString(version),
                            region.toString()));
        }

        @Override
        public String name() {
            return "bare";
        }

        @Override
        public ServerProcess server() {
            return server;
        }

        @Override
        public String wsUri() {
            return "/ws";
        }

        @Override
        public String fetchUri() {
            return null;
        }

        @Override
        public List<String> cookies() {
            return List.of();
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public void write(int n) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port
                    + "/publish")).POST(HttpRequest.BodyPublishers.ofString(huddle.region)));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("publish: " + r.statusCode());
            }
            version = Long.parseLong(r.body().trim());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + r.statusCode()));
    }

    // --- results ---

    static final class Result {
        final String name;
        final int screens;
        final int updates;
        final List<Double> wall = new ArrayList<>();
        final List<Double> message = new ArrayList<>();
        int late;
        int never;
        int writesFailed;
        int notConnected;
        int notRejoined;
        double connectSeconds;
        double rejoinFromReadySeconds;
        double rejoinFromStopSeconds;
        double readySeconds;
        double rssPerScreenKb;
        double heapPerScreenKb;
        double rssBeforeMb;
        long finalVersion;
        int showingFinal;
        double seconds;

        Result(String name, int screens, int updates) {
            this.name = name;
            this.screens = screens;
            this.updates = updates;
        }

        int missed() {
            return late + never;
        }

        double wallP(double p) {
            return percentile(wall, p);
        }

        double messageP(double p) {
            return percentile(message, p);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %d screens, %d updates: wall p50 %.1f p99 %.1f ms, message p50 %.1f"
                    + " p99 %.1f ms, missed %d (late %d, never %d), writes failed %d; connect %.1f s (%d not); restart: ready %.1f s,"
                    + " rejoin %.1f s after ready, %.1f s after stop (%d not); per screen RSS %.1f kB, heap %.1f kB"
                    + " (RSS before %.0f MB); %d of %d at final version %d; took %.0f s", name, screens, updates,
                    wallP(50), wallP(99), messageP(50), messageP(99), missed(), late, never, writesFailed, connectSeconds,
                    notConnected, readySeconds, rejoinFromReadySeconds, rejoinFromStopSeconds, notRejoined,
                    rssPerScreenKb, heapPerScreenKb, rssBeforeMb, showingFinal, screens, finalVersion, seconds);
        }
    }

    record SizeResult(int screens, int updates, Result bare, Result huddle, double seconds) {
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    /** The machine, the run and a table of both servers per size, as Markdown. */
    String table(List<SizeResult> results) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Live benchmark, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(": ")
                .append(machine())
                .append(", at start ").append(loadAtStart)
                .append(Screens.DEFLATE ? "; screens offer permessage-deflate" : "; no compression").append('\n');
        out.append(String.format(Locale.ROOT, "Huddle Board first start (empty database, loads demo data): %.1f s%n%n",
                firstStartMillis / 1000.0));
        out.append("| screens | updates | bare p50 / p99 ms | huddle p50 / p99 ms (wall) | p99 ratio | huddle message"
                + " only p50 / p99 ms | missed huddle (late / never) | missed bare | rejoin huddle / bare s |"
                + " outage huddle / bare s | ready huddle / bare s | memory per screen huddle / bare kB RSS |"
                + " heap per screen huddle / bare kB | run s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SizeResult s : results) {
            Result b = s.bare();
            Result h = s.huddle();
            out.append(String.format(Locale.ROOT,
                    "| %,d | %d | %.1f / %.1f | %.1f / %.1f | %.1f× | %.1f / %.1f | %d (%d / %d)%s | %d | %s / %s |"
                            + " %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.0f |%n",
                    s.screens(), s.updates(), b.wallP(50), b.wallP(99), h.wallP(50), h.wallP(99),
                    h.wallP(99) / b.wallP(99), h.messageP(50), h.messageP(99), h.missed(), h.late, h.never,
                    h.writesFailed > 0 ? ", " + h.writesFailed + " writes failed" : "",
                    b.missed(), rejoin(h), rejoin(b), h.rejoinFromStopSeconds, b.rejoinFromStopSeconds,
                    h.readySeconds, b.readySeconds, h.rssPerScreenKb, b.rssPerScreenKb, h.heapPerScreenKb,
                    b.heapPerScreenKb, s.seconds()));
        }
        out.append(String.format(Locale.ROOT, "%nHuddle Board RSS before connecting screens: %s MB%n",
                String.join(", ", results.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.huddle().rssBeforeMb))
                        .toList())));
        return out.toString();
    }

    private static String rejoin(Result r) {
        return String.format(Locale.ROOT, "%.1f", r.rejoinFromReadySeconds)
                + (r.notRejoined > 0 ? " (" + r.notRejoined + " not)" : "");
    }

    static String machine() throws IOException {
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\D+", "")).orElse("0");
        // Anything else running skews every figure: the load average says how busy the machine was.
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, %s %s (%s), %s %s, load average now %s",
                Runtime.getRuntime().availableProcessors(), Long.parseLong(mem) / 1024.0 / 1024.0,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                load);
    }

    /**
     * The packaged app's command line, after any JVM options in {@code -Dbench.huddle-jvm-options}
     * (space-separated), such as {@link StartArchive#LATER_C2} to see what it does to the live path.
     */
    private static String[] huddleArgs(Path data, int port, Path jar, List<String> database) {
        List<String> args = new ArrayList<>();
        String extra = System.getProperty("bench.huddle-jvm-options", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(Arrays.asList(extra.split("\\s+")));
        }
        args.addAll(database);
        args.addAll(List.of("-Dhuddle.demo=true", "-Dhuddle.data-dir=" + data, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        return args.toArray(String[]::new);
    }
}
