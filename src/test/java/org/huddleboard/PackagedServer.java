package org.huddleboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code huddle.jar}, set by failsafe) as a separate process with demo
 * data in its own data folder, so a test can stop it (SIGTERM), kill it (SIGKILL) and start it
 * again on the same port and database.
 */
public final class PackagedServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    public final Path dataDir;
    public final int port;
    public final Path log;
    private final Map<String, String> settings;
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;

    /** {@code settings} are extra {@code -D} options, e.g. a different JDBC URL for a benchmark. */
    public PackagedServer(String name, Map<String, String> settings) throws IOException {
        Path work = Files.createDirectories(Path.of("target", "it"));
        this.dataDir = Files.createTempDirectory(work, name + "-data-").toAbsolutePath();
        this.port = freePort();
        this.log = Path.of("target", name + "-server.log").toAbsolutePath();
        this.settings = TestDatabase.serverSettings(name, settings);
    }

    /** Extra options for the server's JVM, e.g. to record a profile. */
    public PackagedServer withJvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public void start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run the packaged build first (./mvnw verify)");
        }
        String marker = "=== starting on port " + port + " at " + Instant.now() + " ===";
        Files.writeString(log, marker + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        long from = Files.size(log);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dhuddle.demo=true",
                "-Dhuddle.data-dir=" + dataDir, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        String ready = "Listening on: http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!logSince(from).contains(ready)) {
            if (!process.isAlive()) {
                fail("The server exited (" + process.exitValue() + ") before it was ready; see " + log + ":\n"
                        + tail(logSince(from)));
            }
            if (System.nanoTime() > deadline) {
                fail("The server was not ready within " + START_TIMEOUT.toSeconds() + " s; see " + log + ":\n"
                        + tail(logSince(from)));
            }
            Thread.sleep(100);
        }
    }

    /** Sends SIGTERM, as a service manager does, and returns once the process has exited. */
    public void stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                fail("The server did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM; killed it");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed; as a power cut is to the process. */
    public void kill() throws InterruptedException {
        Process p = process;
        process = null;
        if (p != null) {
            p.destroyForcibly();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server (pid " + p.pid() + ") would not die");
            }
        }
    }

    /** The server's process id, e.g. to read its CPU time from /proc. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The database itself, opened directly; only while the server is not running (H2 locks its file). */
    public Connection openDatabase() throws SQLException {
        if (isRunning()) {
            throw new IllegalStateException("stop the server before opening its database");
        }
        String url = settings.get("quarkus.datasource.jdbc.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, "huddle", "huddle");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("huddle") + ";ACCESS_MODE_DATA=r",
                "huddle", "huddle");
    }

    /** H2's own error log of this database: every SQL error it raised, e.g. at start. */
    public String databaseTrace() throws IOException {
        Path trace = dataDir.resolve("huddle.trace.db");
        return Files.exists(trace) ? Files.readString(trace, StandardCharsets.UTF_8) : "";
    }

    public String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    public long logSize() throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The same Java as the JVM running the test. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
