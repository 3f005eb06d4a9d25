package org.huddleboard.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.huddleboard.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

/**
 * The wall-screen kit in kiosk/: its scripts pass shellcheck, and the launcher's address and
 * Chromium flags, the screen hours and the configuration check all run here, without a display
 * and without starting a browser. The waiting page runs in real headless Chromium.
 */
class KioskScriptsTest {

    private static final Path KIOSK = Path.of("kiosk").toAbsolutePath();
    private static final String SHELLCHECK = "/usr/bin/shellcheck";

    /** Flags that would weaken the browser's security; the kiosk must never pass them. */
    private static final List<String> UNSAFE_FLAGS = List.of("--disable-web-security", "--no-sandbox",
            "--remote-allow-origins", "--remote-debugging-address", "--ignore-certificate-errors",
            "--allow-running-insecure-content", "--unsafely-treat-insecure-origin-as-secure",
            "--disable-site-isolation-trials", "--allow-file-access-from-files",
            "--disable-features=IsolateOrigins", "--test-type", "--ignore-ssl-errors");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().collect(Collectors.toList());
        }
    }

    @Test
    void everyScriptPassesShellcheck() throws Exception {
        assertTrue(Files.isExecutable(Path.of(SHELLCHECK)),
                SHELLCHECK + " is missing: install Debian's shellcheck (apt-get install -y shellcheck)");
        List<String> scripts;
        try (Stream<Path> files = Files.list(KIOSK)) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sh")).sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(List.of("check.sh", "config.sh", "install.sh", "launch.sh"), scripts);
        for (String script : scripts) {
            Run run = run(KIOSK, Map.of(), SHELLCHECK, "--external-sources", "--severity=style", script);
            assertEquals(0, run.exit(), "shellcheck " + script + ":\n" + run.out() + run.err());
        }
    }

    @Test
    void theScriptsATechnicianRunsAreExecutable() {
        for (String script : List.of("install.sh", "check.sh", "launch.sh")) {
            assertTrue(Files.isExecutable(KIOSK.resolve(script)), script + " is not executable");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://huddle.example.org | https://huddle.example.org/pair",
            "https://huddle.example.org/ | https://huddle.example.org/pair",
            "https://huddle.example.org// | https://huddle.example.org/pair",
            "http://10.20.0.5:8080 | http://10.20.0.5:8080/pair",
            "http://10.20.0.5:8080/pair | http://10.20.0.5:8080/pair",
            "https://intranet.trust.example.org/huddle/ | https://intranet.trust.example.org/huddle/pair",
            "https://intranet.trust.example.org/huddle/pair/ | https://intranet.trust.example.org/huddle/pair",
            "\"https://huddle.example.org\" | https://huddle.example.org/pair",
            "'http://[fd00::5]:8080' | http://[fd00::5]:8080/pair",
    })
    void theLauncherOpensTheWaitingPageForTheServersPairPage(String server, String pairUrl) throws Exception {
        Run run = launch("# a wall screen\nSERVER_URL=" + server + "\n", "--print");
        assertEquals(0, run.exit(), run.err());
        List<String> args = run.lines();
        assertEquals("file://" + KIOSK.resolve("waiting.html") + "#" + pairUrl, args.get(args.size() - 1));
        assertTrue(args.get(0).matches("(.*/)?chromium(-browser)?"), args.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "huddle.example.org | must start with https:// or http://",
            "ftp://huddle.example.org | must start with https:// or http://",
            "javascript:alert(1) | must start with https:// or http://",
            "https:// | is not a valid address",
            "https://huddle example.org | is not a valid address",
            "https://-huddle.example.org | is not a valid address",
            "https://huddle.example.org:70000 | a port is 1 to 65535",
            "https://huddle.example.org:0 | a port is 1 to 65535",
            "https://admin:secret@huddle.example.org | must not hold a user name or password",
            "https://huddle.example.org/?ward=12 | without ? or #",
            "https://huddle.example.org/#x | without ? or #",
            "'' | SERVER_URL is not set",
    })
    void theLauncherRefusesABadAddress(String server, String reason) throws Exception {
        Run run = launch("SERVER_URL=" + server + "\n", "--print");
        assertRefused(run, "SERVER_URL", reason);
    }

    @Test
    void theLauncherRefusesAMissingFileOrAnUnknownSetting() throws Exception {
        Run missing = run(KIOSK, Map.of("HUDDLE_KIOSK_CONF", dir.resolve("nowhere.conf").toString(), "HOME",
                dir.toString()), "./launch.sh", "--print");
        assertRefused(missing, "nowhere.conf not found", "huddle-kiosk.conf.example");
        assertRefused(launch("SERVER_URL=https://huddle.example.org\nSERVR_URL=https://x.org\n", "--print"),
                "line 2: unknown setting SERVR_URL", "");
        assertRefused(launch("SERVER_URL=https://huddle.example.org\nZOOM 2\n", "--print"),
                "line 2 is not KEY=value", "");
    }

    @Test
    void zoomAndRotationComeFromTheConfiguration() throws Exception {
        Run portrait = launch("SERVER_URL=https://huddle.example.org\nZOOM=1.25\nROTATION=right\n", "--print");
        assertEquals(0, portrait.exit(), portrait.err());
        assertTrue(portrait.lines().contains("--force-device-scale-factor=1.25"), portrait.out());
        Run display = launch("SERVER_URL=https://huddle.example.org\nZOOM=1.25\nROTATION=right\n", "--print-display");
        assertEquals(List.of("xset s off", "xset s noblank", "xset -dpms", "xrandr -o right"), display.lines());

        Run plain = launch("SERVER_URL=https://huddle.example.org\r\n", "--print");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.lines().contains("--force-device-scale-factor=1"), plain.out());
        assertTrue(launch("SERVER_URL=https://huddle.example.org\n", "--print-display").lines().contains("xrandr -o normal"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ZOOM=4 | ZOOM is 0.5 to 3",
            "ZOOM=0.25 | ZOOM is 0.5 to 3",
            "ZOOM=1,5 | ZOOM is a number",
            "ZOOM=--no-sandbox | ZOOM is a number",
            "ROTATION=sideways | ROTATION is normal, left, right or inverted",
            "CHECK_INTERVAL=5 | CHECK_INTERVAL is a number of seconds from 10 to 600",
            "CHECK_INTERVAL=soon | CHECK_INTERVAL is a number of seconds from 10 to 600",
            "SCREEN_ON=07:00 | SCREEN_ON and SCREEN_OFF go together",
            "SCREEN_ON=7:00\\nSCREEN_OFF=19:00 | as HH:MM",
            "SCREEN_ON=07:00\\nSCREEN_OFF=24:00 | as HH:MM",
            "SCREEN_ON=07:00\\nSCREEN_OFF=07:00 | are the same time",
    })
    void theLauncherRefusesABadOption(String setting, String reason) throws Exception {
        Run run = launch("SERVER_URL=https://huddle.example.org\n" + setting.replace("\\n", "\n") + "\n", "--print");
        assertRefused(run, reason, "");
    }

    @Test
    void theBrowserKeepsItsProfileAndGetsNoUnsafeFlag() throws Exception {
        for (String conf : List.of("SERVER_URL=https://huddle.example.org\n",
                "SERVER_URL=http://10.20.0.5:8080\nZOOM=2.5\nROTATION=left\nSCREEN_ON=19:00\nSCREEN_OFF=07:00\n")) {
            Run run = launch(conf, "--print");
            assertEquals(0, run.exit(), run.err());
            List<String> args = run.lines();
            for (String flag : List.of("--kiosk", "--no-first-run", "--noerrdialogs", "--disable-infobars",
                    "--disable-session-crashed-bubble", "--disable-translate", "--check-for-update-interval=31536000",
                    "--password-store=basic", "--remote-debugging-port=9222")) {
                assertTrue(args.contains(flag), flag + " missing from " + args);
            }
            // The pairing cookie lives in the profile: it must be the same directory every start.
            assertTrue(args.contains("--user-data-dir=" + dir.resolve(".local/share/huddle-kiosk/profile")), args.toString());
            for (String arg : args) {
                for (String unsafe : UNSAFE_FLAGS) {
                    assertFalse(arg.startsWith(unsafe), "unsafe flag " + arg);
                }
            }
            assertEquals(2, args.stream().filter(a -> !a.startsWith("--")).count(), "the browser and one page: " + args);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07:00 | 19:00 | 06:59 | off",
            "07:00 | 19:00 | 07:00 | on",
            "07:00 | 19:00 | 18:59 | on",
            "07:00 | 19:00 | 19:00 | off",
            "07:00 | 19:00 | 00:00 | off",
            "19:00 | 07:00 | 23:30 | on",
            "19:00 | 07:00 | 06:59 | on",
            "19:00 | 07:00 | 12:00 | off",
            "'' | '' | 03:00 | on",
    })
    void theScreenIsOffOutsideItsHours(String on, String off, String at, String state) throws Exception {
        Run run = launch("SERVER_URL=https://huddle.example.org\nSCREEN_ON=" + on + "\nSCREEN_OFF=" + off + "\n",
                "--screen-at", at);
        assertEquals(0, run.exit(), run.err());
        assertEquals(state, run.out().strip());
    }

    @Test
    void theCheckScriptSaysWhetherTheConfigurationIsRight() throws Exception {
        write("SERVER_URL=https://huddle.example.org/\nSCREEN_ON=07:00\nSCREEN_OFF=19:00\nROTATION=left\n");
        Run good = checkConfig();
        assertEquals(0, good.exit(), good.out());
        assertTrue(good.out().contains("OK       configuration " + dir.resolve("huddle-kiosk.conf")
                + ": the screen opens https://huddle.example.org/pair"), good.out());
        assertTrue(good.out().contains("OK       screen on from 07:00 to 19:00, off otherwise; rotation left, zoom 1"),
                good.out());
        assertFalse(good.out().contains("PROBLEM"), good.out());

        write("SERVER_URL=huddle.example.org\nROTATION=upside-down\n");
        Run bad = checkConfig();
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("PROBLEM  SERVER_URL must start with https:// or http:// (found: huddle.example.org)"),
                bad.out());
        assertTrue(bad.out().contains("PROBLEM  ROTATION is normal, left, right or inverted (found: upside-down)"), bad.out());
        assertTrue(bad.out().contains("2 problem(s)"), bad.out());

        Files.delete(dir.resolve("huddle-kiosk.conf"));
        Run missing = checkConfig();
        assertEquals(1, missing.exit(), missing.out());
        assertTrue(missing.out().startsWith("PROBLEM  " + dir.resolve("huddle-kiosk.conf") + " not found"), missing.out());
    }

    @Test
    void theExampleConfigurationIsValid() throws Exception {
        Run run = run(KIOSK, Map.of("HUDDLE_KIOSK_CONF", KIOSK.resolve("huddle-kiosk.conf.example").toString(),
                "HOME", dir.toString()), "./check.sh", "--config-only");
        assertEquals(0, run.exit(), run.out());
    }

    /**
     * The watchdog restarts a browser that shows no page with "Huddle Board" in its title (a
     * browser or proxy error page): every page the server serves must have it, or screens
     * showing that page would be restarted again and again.
     */
    @Test
    void everyPageTheServerServesHasHuddleBoardInItsTitle() throws Exception {
        Pattern title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList())) {
                // A <title> inside an SVG names a shape in a chart, not the page.
                Matcher m = title.matcher(Files.readString(file).replaceAll("(?s)<svg.*?</svg>", ""));
                while (m.find()) {
                    pages++;
                    assertTrue(m.group(1).contains("Huddle Board"), file + ": title " + m.group(1));
                }
            }
        }
        assertTrue(pages >= 4, "page titles found: " + pages);
        Matcher waiting = title.matcher(Files.readString(KIOSK.resolve("waiting.html")));
        assertTrue(waiting.find() && waiting.group(1).contains("Huddle Board"));
    }

    @Test
    void theWaitingPageKeepsToChrome63AndProbesAPublicFile() throws Exception {
        String page = Files.readString(KIOSK.resolve("waiting.html"));
        for (String newer : List.of("?.", "??", "gap:", "min(", "max(", "clamp(", "AbortController", "catch {",
                "catch{", "redirected", "=>", "`", "let ", "const ", "async ", "await ")) {
            assertFalse(page.contains(newer), "waiting.html uses " + newer);
        }
        assertTrue(page.contains("'/css/pair.css'"));
        assertTrue(Files.exists(Path.of("src/main/resources/META-INF/resources/css/pair.css")));
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        assertTrue(properties.matches("(?s).*quarkus\\.http\\.auth\\.permission\\.public\\.paths=[^\\n]*/css/\\*.*"),
                "/css/* must stay public: the waiting page and check.sh ask for /css/pair.css");
    }

    /**
     * The waiting page in real Chromium: while the server is away, or a proxy answers for it
     * with an error, it keeps waiting and says so; once the server answers it opens /pair.
     */
    @Test
    void theWaitingPageOpensThePairPageOnceTheServerAnswers() throws Exception {
        int port = freePort();
        AtomicBoolean up = new AtomicBoolean(false);
        HttpServer server = HttpServer.create();
        server.createContext("/", exchange -> {
            boolean css = exchange.getRequestURI().getPath().equals("/css/pair.css");
            String body = !up.get() ? "<html><title>502 Bad Gateway</title></html>"
                    : css ? "body { margin: 0 }" : "<html><title>Pair this screen – Huddle Board</title></html>";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", up.get() && css ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(up.get() ? 200 : 502, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        String pair = "http://127.0.0.1:" + port + "/pair";
        ChromeDriver driver = Browser.start();
        try {
            driver.get("file://" + KIOSK.resolve("waiting.html") + "#" + pair);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(d -> d.findElement(By.id("next")).getText().startsWith("Tried 1 time since"));
            assertEquals("Waiting for the server", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("server")).getText().equals("http://127.0.0.1:" + port));

            // A proxy's error page is not the server.
            server.bind(new InetSocketAddress("127.0.0.1", port), 0);
            server.start();
            wait.until(d -> d.findElement(By.id("next")).getText().startsWith("Tried 3 times since"));
            assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());

            up.set(true);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pair.equals(d.getCurrentUrl()));
            assertEquals("Pair this screen – Huddle Board", driver.getTitle());
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    /**
     * The watchdog in launch.sh, with headless Chromium and the display commands stubbed: a
     * screen showing the server's page is left alone; once it shows an error page instead, the
     * browser is stopped after two checks and launch.sh exits, for systemd to start it again.
     */
    @Test
    void theWatchdogRestartsTheBrowserWhenTheScreenShowsNoHuddleBoardPage() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("display-calls");
        stub(bin.resolve("xset"), "echo \"xset $*\" >> '" + calls + "'");
        stub(bin.resolve("xrandr"), "echo \"xrandr $*\" >> '" + calls + "'");
        // Only in this test: headless, and without the sandbox, which refuses to run as root.
        stub(bin.resolve("chromium"), "exec /usr/bin/chromium --headless=new --no-sandbox --disable-gpu \"$@\"");
        int port = freePort();
        int debugPort = freePort();
        AtomicBoolean broken = new AtomicBoolean(false);
        AtomicInteger pairPages = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            boolean css = exchange.getRequestURI().getPath().equals("/css/pair.css");
            if (!css) {
                pairPages.incrementAndGet();
            }
            String body = css ? "body { margin: 0 }"
                    : broken.get() ? "<html><title>502 Bad Gateway</title></html>"
                    // It asks again by itself, as the real /pair page does (that one by script).
                    : "<html><meta http-equiv=\"refresh\" content=\"2\"><title>Pair this screen – Huddle Board</title></html>";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", css ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(!css && broken.get() ? 502 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        write("SERVER_URL=http://127.0.0.1:" + port + "/\nROTATION=left\nCHECK_INTERVAL=10\n");
        ProcessBuilder builder = new ProcessBuilder("./launch.sh").directory(KIOSK.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        builder.environment().putAll(env());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("HUDDLE_KIOSK_DEBUG_PORT", String.valueOf(debugPort));
        builder.environment().put("DISPLAY", ":99");
        long started = System.nanoTime();
        Process launcher = builder.start();
        try {
            while (pairPages.get() == 0 && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20)) {
                Thread.sleep(200);
            }
            assertTrue(pairPages.get() > 0, "the waiting page never opened /pair: " + Files.readString(dir.resolve("err")));
            // Two checks (after 10 and 20 s) with the server's page on the screen: nothing happens.
            Thread.sleep(Math.max(0, TimeUnit.SECONDS.toMillis(24) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
            assertTrue(launcher.isAlive(), "stopped with a Huddle Board page on screen: " + Files.readString(dir.resolve("err")));

            broken.set(true);
            assertTrue(launcher.waitFor(45, TimeUnit.SECONDS), "still running with an error page on screen");
            String log = Files.readString(dir.resolve("err"));
            assertEquals(1, launcher.exitValue(), log);
            assertTrue(log.contains("the screen has shown no Huddle Board page for two checks"), log);
            assertEquals(List.of("xset q", "xset s off", "xset s noblank", "xset -dpms", "xrandr -o left"),
                    Files.readAllLines(calls));
            Run answering = run(KIOSK, Map.of(), "curl", "-fsS", "--max-time", "5",
                    "http://127.0.0.1:" + debugPort + "/json/version");
            assertNotEquals(0, answering.exit(), "the browser is still running");
        } finally {
            launcher.destroy();
            launcher.waitFor(20, TimeUnit.SECONDS);
            server.stop(0);
        }
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void theWaitingPageSaysWhenItHasNoAddress() {
        ChromeDriver driver = Browser.start();
        try {
            driver.get("file://" + KIOSK.resolve("waiting.html"));
            assertEquals("No server address", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("help")).getText().contains("SERVER_URL in /etc/huddle-kiosk.conf"));
        } finally {
            driver.quit();
        }
    }

    private void assertRefused(Run run, String message, String reason) {
        assertNotEquals(0, run.exit(), "accepted: " + run.out());
        assertEquals("", run.out(), "nothing to run when refused");
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().contains(reason), run.err());
    }

    private void write(String conf) throws IOException {
        Files.writeString(dir.resolve("huddle-kiosk.conf"), conf);
    }

    private Run launch(String conf, String... args) throws Exception {
        write(conf);
        List<String> command = new ArrayList<>();
        command.add("./launch.sh");
        command.addAll(List.of(args));
        return run(KIOSK, env(), command.toArray(String[]::new));
    }

    private Run checkConfig() throws Exception {
        return run(KIOSK, env(), "./check.sh", "--config-only");
    }

    private Map<String, String> env() {
        return Map.of("HUDDLE_KIOSK_CONF", dir.resolve("huddle-kiosk.conf").toString(), "HOME", dir.toString());
    }

    private static Run run(Path workDir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("HUDDLE_KIOSK_PROFILE");
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        // Read both streams while the process runs, so a full pipe cannot stall it.
        var out = new java.util.concurrent.CompletableFuture<String>();
        var err = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> out.complete(read(process.getInputStream()))).start();
        new Thread(() -> err.complete(read(process.getErrorStream()))).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running: " + String.join(" ", command));
        return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
