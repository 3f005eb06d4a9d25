package org.huddleboard.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test as a separate JVM: started, waited for until its ready URL answers 200,
 * measured (resident memory, heap after a full GC) and stopped with SIGTERM.
 */
final class ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    final String name;
    final int port;
    final Path log;
    private final Supplier<List<String>> command;
    private final Path workDir;
    private final String readyPath;
    private Process process;
    /** Milliseconds from the last start (process spawned) to its ready URL answering 200. */
    long readyMillis;
    /** CPU time (user and system, all threads) the process had used when it was ready: steadier than wall time on a busy machine. */
    long readyCpuMillis;

    ServerProcess(String name, int port, Path workDir, Path log, String readyPath, Supplier<List<String>> command) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.log = log.toAbsolutePath();
        this.readyPath = readyPath;
        this.command = command;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + name + ": starting on port " + port + " at " + Instant.now() + " ===\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long spawned = System.nanoTime();
        process = new ProcessBuilder(command.get()).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        URI ready = URI.create("http://127.0.0.1:" + port + readyPath);
        long deadline = spawned + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + ") before it was ready; see "
                        + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + START_TIMEOUT.toSeconds() + " s; see "
                        + log);
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned);
                    readyCpuMillis = cpuMillis(process.pid());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
    }

    /** Stops it as a service manager would (SIGTERM), then forcibly if it hangs. */
    void stop() throws InterruptedException {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Resident set and heap in use after a full GC, in kB. */
    Memory memory() throws IOException, InterruptedException {
        Matcher heap = HEAP_USED.matcher(jcmd("GC.run", "GC.heap_info"));
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid()), "status")));
        if (!heap.find() || !rss.find()) {
            throw new IllegalStateException("Could not read the memory of " + name);
        }
        return new Memory(Long.parseLong(rss.group(1)), Long.parseLong(heap.group(1)));
    }

    record Memory(long rssKb, long heapKb) {
    }

    /** Runs diagnostic commands in the server's JVM, in order, with one attach. */
    private String jcmd(String... commands) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path file = Files.createTempFile(log.getParent(), "jcmd-", ".txt");
        Files.write(file, List.of(commands));
        Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid()),
                "-f", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        Files.deleteIfExists(file);
        if (!done || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + List.of(commands) + " failed: " + out);
        }
        return out;
    }

    /** User and system CPU time of a live process so far, from /proc (clock ticks of 10 ms, as on Linux x86). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The same Java as the JVM running the benchmark. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static List<String> javaCommand(String... args) {
        List<String> c = new ArrayList<>();
        c.add(java());
        c.addAll(List.of(args));
        return c;
    }
}
