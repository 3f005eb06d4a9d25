package org.huddleboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestDatabase;

/**
 * Time to ready with an existing database, without and with a class archive (AppCDS) written by a
 * training run of the packaged application ({@code -Dhuddle.train-and-exit=true}, see
 * src/docs/deployment.md). Starts alternate between the two, so a machine growing busier or
 * quieter weighs on both alike.
 */
final class StartArchive {

    /** What the JVM says when it does not use an archive it was given (another build, another JDK, not an archive). */
    static final List<String> REFUSED = List.of("Unable to use shared archive", "Not a valid shared archive",
            "An error has occurred while processing the shared archive");

    final Path jar;
    final Path work;
    final Path archive;
    /** The training run's scratch database: afterwards an existing database with the demo data. */
    final Path data;
    /** On PostgreSQL, its database: the same for the training run and every start. */
    final List<String> database = TestDatabase.serverOptions("start-archive");
    long trainingMillis;

    StartArchive(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
        this.archive = work.resolve("huddle.jsa");
        this.data = work.resolve("trained-data");
    }

    /** The training run as documented, into a fresh data folder; fails unless it exits 0 with an archive. */
    StartArchive train() throws IOException, InterruptedException {
        Files.createDirectories(data);
        Path log = work.resolve("training.log");
        long t = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Dhuddle.train-and-exit=true", "-Dhuddle.data-dir=" + data, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=0"));
        args.addAll(database);
        args.addAll(List.of("-jar", jar.toString()));
        Process p = new ProcessBuilder(ServerProcess.javaCommand(args.toArray(String[]::new)))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("training run still going after 300 s; see " + log);
        }
        trainingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
        if (p.exitValue() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("training run exited " + p.exitValue() + " without an archive; see " + log);
        }
        return this;
    }

    /**
     * C2, the optimising compiler, only for methods used ten times as often as by default (see
     * deployment.md): a start then spends its second core on the application rather than on
     * optimising code it runs a few times; what stays hot is still optimised.
     */
    static final List<String> LATER_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=20000", "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /** One start on the trained database until ready, then a normal stop. */
    Start start(String label, Path withArchive) throws IOException, InterruptedException {
        return start(label, withArchive, List.of());
    }

    /** As above, with more JVM options. */
    Start start(String label, Path withArchive, List<String> jvmOptions) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> args = new ArrayList<>(jvmOptions);
        if (withArchive != null) {
            args.add("-XX:SharedArchiveFile=" + withArchive);
        }
        args.addAll(database);
        args.addAll(List.of("-Dhuddle.data-dir=" + data, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        Path log = work.resolve("start-" + label + ".log");
        Files.deleteIfExists(log);
        ServerProcess server = new ServerProcess("huddle " + label, port, work, log, "/q/health/ready",
                () -> ServerProcess.javaCommand(args.toArray(String[]::new)));
        try {
            server.start();
        } finally {
            server.stop();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return new Start(server.readyMillis, server.readyCpuMillis, REFUSED.stream().anyMatch(text::contains));
    }

    /** Ready after start, in ms of wall time and of CPU time; whether the JVM refused an archive it was given. */
    record Start(long readyMillis, long cpuMillis, boolean archiveRefused) {
    }

    /** {@code rounds} starts without the archive, with it, and with it and {@link #LATER_C2}, in turn. */
    Comparison compare(int rounds) throws IOException, InterruptedException {
        List<Start> plain = new ArrayList<>();
        List<Start> archived = new ArrayList<>();
        List<Start> production = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            plain.add(start("plain-" + i, null));
            archived.add(start("archive-" + i, archive));
            production.add(start("archive-later-c2-" + i, archive, LATER_C2));
            System.out.println("[StartArchive] ready plain / with the archive / and later C2: " + plain.get(i) + " / "
                    + archived.get(i) + " / " + production.get(i));
        }
        return new Comparison(plain, archived, production, trainingMillis);
    }

    record Comparison(List<Start> plain, List<Start> archived, List<Start> production, long trainingMillis) {

        static double median(List<Start> starts, boolean cpu) {
            return LiveBenchmark.percentile(starts.stream().map(s -> (double) (cpu ? s.cpuMillis() : s.readyMillis()))
                    .toList(), 50) / 1000.0;
        }

        String table() {
            long refused = archived.stream().filter(Start::archiveRefused).count()
                    + production.stream().filter(Start::archiveRefused).count();
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Ready with an existing database (demo data), median of %d starts"
                    + " each, alternating; class archive from a training run of %.1f s%s:%n%n", plain.size(),
                    trainingMillis / 1000.0, refused > 0 ? "; THE JVM REFUSED THE ARCHIVE in " + refused + " starts" : ""));
            out.append("| start | ready s (wall) | CPU s at ready | every start, wall / CPU s |\n|---|---|---|---|\n");
            row(out, "plain", plain);
            row(out, "with the archive", archived);
            row(out, "with the archive and later C2 (production)", production);
            out.append(String.format(Locale.ROOT, "| ratio (archive / plain) | %.2f | %.2f | |%n",
                    median(archived, false) / median(plain, false), median(archived, true) / median(plain, true)));
            out.append(String.format(Locale.ROOT, "| ratio (production / plain) | %.2f | %.2f | |%n",
                    median(production, false) / median(plain, false), median(production, true) / median(plain, true)));
            return out.toString();
        }

        private static void row(StringBuilder out, String label, List<Start> starts) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", label, median(starts, false),
                    median(starts, true), String.join(", ", starts.stream().map(s -> String.format(Locale.ROOT,
                            "%.1f / %.1f", s.readyMillis() / 1000.0, s.cpuMillis() / 1000.0)).toList())));
        }
    }
}
