package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.huddleboard.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A wall screen paired in a real browser keeps showing its board, without anyone signing in,
 * when the server restarts under it and when the browser itself restarts.
 *
 * <p>Not a {@code @QuarkusTest}: it runs the packaged application ({@code huddle.jar}, set by
 * failsafe) as a separate process, so it can stop and start it again on the same port and data.
 */
class PairedDisplayRestartIT {

    private static final String WARD = "ward-12";
    private static final String WARD_NAME = "Ward 12 · Acute Medicine";
    private static final String BOARD_PATH = "/wards/" + WARD + "/board";
    private static final String MEASURE = "delayed-discharges";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Server server;
    private ChromeDriver driver;
    /** From pairing on, the screen must be on its board at every look: never sign-in, never /pair. */
    private boolean onBoardFromNowOn;

    @AfterEach
    void stopEverything() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void pairedDisplayShowsItsBoardAfterServerAndBrowserRestartsWithoutSignIn() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "it"));
        Path dataDir = Files.createTempDirectory(work, "paired-display-data-").toAbsolutePath();
        Path profile = Files.createTempDirectory(work, "paired-display-chromium-").toAbsolutePath();
        server = new Server(dataDir, freePort(), Path.of("target", "PairedDisplayRestartIT-server.log"));
        String base = "http://127.0.0.1:" + server.port;

        // 1. An unpaired browser is sent to /pair; pairing it as ward 12's display takes it to the board.
        server.start();
        driver = Browser.start(profile);
        driver.get(base + "/");
        waitFor("the unpaired browser to show a pairing code on /pair", Duration.ofSeconds(20),
                () -> path().equals("/pair") && !driver.findElements(By.cssSelector("p.pair-code")).isEmpty());
        String code = driver.findElement(By.cssSelector("p.pair-code")).getText().trim();
        assertTrue(code.matches("[A-Z0-9]{3} [A-Z0-9]{3}"), "pairing code looks like 'ABC DEF': " + code);

        String admin = signIn(base, "admin", "admin-demo-2026");
        HttpResponse<String> paired = send(HttpRequest.newBuilder(URI.create(base + "/api/devices"))
                .header("Cookie", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code.replace(" ", "")
                        + "\",\"ward\":\"" + WARD + "\",\"role\":\"display\",\"name\":\"Corridor screen\"}")));
        assertEquals(201, paired.statusCode(), "pairing: " + paired.body());

        waitFor("the paired screen to move on to its live board by itself", Duration.ofSeconds(20),
                () -> path().equals(BOARD_PATH) && "live".equals(liveState()));
        onBoardFromNowOn = true;
        assertBoard();
        Cookie device = driver.manage().getCookieNamed("hb_device");
        assertNotNull(device, "the screen holds a device cookie");
        assertTrue(device.isHttpOnly(), "device cookie is HttpOnly");
        assertNotNull(device.getExpiry(), "device cookie is persistent, not a session cookie");
        // The server asks for ten years; Chromium caps any cookie's lifetime at 400 days.
        assertTrue(device.getExpiry().toInstant().isAfter(Instant.now().plus(365, ChronoUnit.DAYS)),
                "device cookie lasts over a year: " + device.getExpiry());
        assertTrue(driver.manage().getCookieNamed("hb_session") == null, "nobody signed in on the screen");
        js("window.__notReloaded = 1");

        // 2. Server restart: the open page says it is not live, and within 15 s since when, over its header
        // alone: every figure stays where it was. Then it comes back by itself, without a reload (the same
        // build came back: nothing new to load).
        String regions = "var out = [], m = /matrix\\(([^)]+)\\)/.exec(getComputedStyle(document.body).transform),"
                + " shift = m ? m[1].split(',') : [0, 0, 0, 0, 0, 0];" // the pixel shift, taken off
                + "document.querySelectorAll('#measures, #ideas, #escalations, [data-measure]').forEach(function (e) {"
                + "  var b = e.getBoundingClientRect(); out.push([b.left - parseFloat(shift[4]), b.top - parseFloat(shift[5]),"
                + "    b.width, b.height].map(Math.round).join(',')); }); return out.join(' ');";
        String placesLive = (String) js(regions);
        long stopped = System.nanoTime();
        server.stop();
        waitFor("the open page to show it is no longer live", Duration.ofSeconds(10),
                () -> !"live".equals(liveState()));
        long noticed = System.nanoTime();
        String stateWhileDown = liveState();
        waitFor("the not-live banner, within 15 s", Duration.ofSeconds(15),
                () -> driver.findElement(By.id("not-live")).isDisplayed());
        System.out.printf("[PairedDisplayRestartIT] server stopped -> not-live banner: %d ms%n", ms(System.nanoTime() - stopped));
        String banner = driver.findElement(By.id("not-live")).getText().replaceAll("\\s+", " ");
        assertTrue(banner.matches("Not live since \\d\\d:\\d\\d, .*figures and date may be out of date"), banner);
        assertEquals(placesLive, js(regions), "no region moved or shrank under the banner");
        server.start();
        long restarted = System.nanoTime();
        waitFor("the open page to be live again after the restart", Duration.ofSeconds(45),
                () -> "live".equals(liveState()));
        long live = System.nanoTime();
        System.out.printf("[PairedDisplayRestartIT] server stopped -> page not live ('%s'): %d ms%n", stateWhileDown,
                ms(noticed - stopped));
        System.out.printf("[PairedDisplayRestartIT] server start -> listening: %d ms%n", ms(restarted - noticed));
        System.out.printf("[PairedDisplayRestartIT] server listening -> page live again: %d ms%n", ms(live - restarted));
        System.out.printf("[PairedDisplayRestartIT] server stopped -> page live again (total): %d ms%n",
                ms(live - stopped));
        assertEquals(BOARD_PATH, path(), "still the board");
        assertEquals(1L, js("return window.__notReloaded"), "reconnected without a reload");
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed(), "no banner once live again");
        assertBoard();

        // 3. The reconnected page follows changes again, without a reload.
        String next = "5".equals(tileValue()) ? "6" : "5";
        String lead = signIn(base, "lead", "lead-demo-2026");
        long put = System.nanoTime();
        putTodaysValue(base, lead, next);
        waitFor("the reconnected page to show the new value", Duration.ofSeconds(10),
                () -> next.equals(tileValue()));
        System.out.printf("[PairedDisplayRestartIT] value PUT -> shown on the reconnected page: %d ms%n",
                ms(System.nanoTime() - put));
        assertEquals(1L, js("return window.__notReloaded"), "updated without a reload");
        assertEquals("live", liveState());

        // 4. Browser restart with the same profile: straight back to the board, no pairing, no sign-in.
        driver.quit();
        driver = null;
        long browserStart = System.nanoTime();
        driver = Browser.start(profile);
        driver.get(base + "/");
        assertEquals(BOARD_PATH, path(), "a restarted browser goes straight to its board");
        waitFor("the board in the restarted browser to be live", Duration.ofSeconds(20),
                () -> "live".equals(liveState()));
        System.out.printf("[PairedDisplayRestartIT] browser restart -> board live: %d ms%n",
                ms(System.nanoTime() - browserStart));
        assertBoard();
        assertEquals(next, tileValue(), "shows the current value");

        // 5. Revoked: the open board closes at once and the screen is back on /pair.
        onBoardFromNowOn = false;
        HttpResponse<String> devices = send(HttpRequest.newBuilder(URI.create(base + "/api/devices"))
                .header("Cookie", admin).GET());
        long id = -1;
        for (var d : JSON.readTree(devices.body())) {
            if (d.path("name").asText().equals("Corridor screen")) {
                id = d.path("id").asLong();
            }
        }
        assertTrue(id > 0, "the screen is listed: " + devices.body());
        long revoked = System.nanoTime();
        assertEquals(204, send(HttpRequest.newBuilder(URI.create(base + "/api/devices/" + id))
                .header("Cookie", admin).DELETE()).statusCode());
        waitFor("the revoked screen to be back on /pair", Duration.ofSeconds(10), () -> path().equals("/pair"));
        System.out.printf("[PairedDisplayRestartIT] revoked -> screen on /pair: %d ms%n",
                ms(System.nanoTime() - revoked));
        assertFalse(driver.findElements(By.cssSelector("p.pair-code")).isEmpty(), "showing a new pairing code");
    }

    // --- browser ---

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The screen is on its board, titled with the ward's name, with its tiles. */
    private void assertBoard() {
        assertNoSignIn();
        assertEquals(BOARD_PATH, path());
        assertEquals(WARD_NAME, driver.findElement(By.tagName("h1")).getText().trim());
        assertFalse(driver.findElements(By.cssSelector("#board-live [data-measure='" + MEASURE + "']")).isEmpty(),
                "the board shows its tiles");
    }

    private void assertNoSignIn() {
        String url = driver.getCurrentUrl();
        assertFalse(url.contains("/sign-in"), "never sent to sign in: " + url);
    }

    private String liveState() {
        return (String) js("var e = document.getElementById('live'); return e ? e.dataset.state : null");
    }

    private String tileValue() {
        // One script: the live region may be swapped between a find and a read.
        return (String) js("var e = document.querySelector(\"[data-measure='" + MEASURE
                + "'] .value\"); return e ? e.textContent.trim() : null");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /**
     * Polls until {@code condition} holds, failing after {@code timeout}. Every poll also checks the
     * screen was never sent to sign in and, once paired, never left its board (e.g. for /pair).
     */
    private void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            assertNoSignIn();
            if (onBoardFromNowOn) {
                assertEquals(BOARD_PATH, path(), "a paired screen stays on its board");
            }
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what + "; page " + driver.getCurrentUrl()
                        + ", live state " + liveStateOrNull() + ". Server log: " + server.log.toAbsolutePath());
            }
            Thread.sleep(100);
        }
    }

    private String liveStateOrNull() {
        try {
            return liveState();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    // --- API ---

    /** Signs in and returns the session cookie as a {@code Cookie} header value. */
    private static String signIn(String base, String username, String password) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)));
        assertEquals(303, response.statusCode(), "sign-in as " + username + ": " + response.body());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("hb_session="))
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no hb_session cookie for " + username));
    }

    /** Records today's value; if there is one already, corrects it with the version it has. */
    private static void putTodaysValue(String base, String session, String value) throws Exception {
        URI uri = URI.create(base + "/api/wards/" + WARD + "/measures/" + MEASURE + "/entries/today");
        HttpResponse<String> response = send(put(uri, session, "{\"value\": " + value + "}"));
        if (response.statusCode() == 409) {
            int version = JSON.readTree(response.body()).path("current").path("version").asInt(-1);
            assertTrue(version >= 0, "conflict carries the current version: " + response.body());
            response = send(put(uri, session, "{\"value\": " + value + ", \"version\": " + version + "}"));
        }
        assertTrue(List.of(200, 201).contains(response.statusCode()),
                "PUT today's value: " + response.statusCode() + " " + response.body());
    }

    private static HttpRequest.Builder put(URI uri, String session, String body) {
        return HttpRequest.newBuilder(uri).header("Cookie", session).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    // --- the packaged application as a child process ---

    private static final class Server {

        private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
        private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

        final Path dataDir;
        final int port;
        final Path log;
        private Process process;

        Server(Path dataDir, int port, Path log) {
            this.dataDir = dataDir;
            this.port = port;
            this.log = log.toAbsolutePath();
        }

        /** The same database for every start: the restart must find what the first start stored. */
        private final List<String> database = TestDatabase.serverOptions("paired-display-restart");

        void start() throws IOException, InterruptedException {
            Path jar = Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                fail(jar + " is missing: run the packaged build first (./mvnw verify)");
            }
            Files.createDirectories(log.getParent());
            String marker = "=== PairedDisplayRestartIT: starting on port " + port + " at " + Instant.now() + " ===";
            Files.writeString(log, marker + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            long from = Files.size(log);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dhuddle.demo=true",
                    "-Dhuddle.data-dir=" + dataDir, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
            command.addAll(database);
            command.addAll(List.of("-jar", jar.toString()));
            process = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            String ready = "Listening on: http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!logSince(from).contains(ready)) {
                if (!process.isAlive()) {
                    fail("The server exited (" + process.exitValue() + ") before it was ready; see " + log
                            + ":\n" + tail(logSince(from)));
                }
                if (System.nanoTime() > deadline) {
                    fail("The server was not ready within " + START_TIMEOUT.toSeconds() + " s; see " + log + ":\n"
                            + tail(logSince(from)));
                }
                Thread.sleep(100);
            }
        }

        /** Stops the server as a service manager would (SIGTERM), then forcibly if it hangs. */
        void stop() {
            Process p = process;
            process = null;
            if (p == null) {
                return;
            }
            p.destroy();
            try {
                if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    if (!p.waitFor(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("The server (pid " + p.pid() + ") would not stop");
                    }
                    fail("The server did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM; killed it");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private String logSince(long offset) throws IOException {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    StandardCharsets.UTF_8);
        }

        private static String tail(String text) {
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        }

        /** The same Java as the JVM running this test. */
        private static String javaBinary() {
            return ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
    }
}
