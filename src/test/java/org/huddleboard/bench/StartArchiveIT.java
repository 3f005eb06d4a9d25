package org.huddleboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The production start with a class archive (src/docs/deployment.md): the training run writes one
 * and refuses a database that is not empty; a start uses the archive; and an archive the JVM
 * cannot use (the application rebuilt since, or a file that is no archive) never stops the server
 * starting. Measures nothing: the benchmark does ({@link LiveBenchmarkIT}).
 */
class StartArchiveIT {

    @Test
    void trainedArchiveIsUsedAndAStaleOrBrokenOneNeverStopsTheServer() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "archive-")
                .toAbsolutePath();
        Path app = copyOf(Path.of(System.getProperty("huddle.jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath().getParent(), work.resolve("quarkus-app"));
        StartArchive archive = new StartArchive(app.resolve("quarkus-run.jar"), work).train();

        StartArchive.Start used = archive.start("archive", archive.archive);
        assertFalse(used.archiveRefused(), "the JVM refused the archive its training run just wrote");

        // The application rebuilt: another quarkus-run.jar than the archive was made from.
        Files.setLastModifiedTime(archive.jar, FileTime.from(Instant.now().plusSeconds(60)));
        StartArchive.Start stale = archive.start("stale-archive", archive.archive);
        assertTrue(stale.archiveRefused(), "a start with a stale archive says so in its log");

        Path broken = Files.write(work.resolve("broken.jsa"), new byte[64 * 1024]);
        archive.start("broken-archive", broken); // ready, or it would have thrown

        // A second training run on the now existing database does nothing to it and fails.
        List<String> args = new ArrayList<>(archive.database);
        args.addAll(List.of("-Dhuddle.train-and-exit=true", "-Dhuddle.data-dir=" + archive.data,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0", "-jar", archive.jar.toString()));
        Process again = new ProcessBuilder(ServerProcess.javaCommand(args.toArray(String[]::new))).redirectErrorStream(true)
                .redirectOutput(work.resolve("training-again.log").toFile()).start();
        assertTrue(again.waitFor(120, TimeUnit.SECONDS), "a refused training run ends by itself");
        assertEquals(1, again.exitValue(), "a training run on a database with data fails");
        assertTrue(Files.readString(work.resolve("training-again.log")).contains("needs an empty scratch database"));

        // Logs stay; the copy of the application and the archive (about 150 MB) go.
        Files.delete(archive.archive);
        try (var files = Files.walk(app)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Path copyOf(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".jsa")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
