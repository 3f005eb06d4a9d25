package org.huddleboard.imports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * How long a large history import takes: the dry run and the apply (to the job reporting done) of a
 * generated file, against a file-mode H2 database like an install's (WRITE_DELAY=0). A benchmark that
 * prints figures, not a test: not part of the suite (its name does not end in Test). Run it alone:
 *
 * <pre>
 * ./mvnw test -Dtest=ImportBenchmark -Dbench.rows=50000
 * </pre>
 */
@QuarkusTest
@TestProfile(ImportBenchmark.FileDatabase.class)
class ImportBenchmark {

    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/import-bench-" + System.nanoTime()
                    + "/huddle;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=KEY,VALUE;PAGE_SIZE=4096;"
                    + "QUERY_CACHE_SIZE=64");
        }
    }

    @Test
    void historyImport() throws Exception {
        int rows = Integer.getInteger("bench.rows", 50_000);
        String admin = ImportLoad.adminSession();
        byte[] file = ImportLoad.history(rows);
        ImportLoad.Timed dry = ImportLoad.dryRun(admin, file);
        List<Integer> counts = ImportLoad.counts(dry.result());
        ImportLoad.Timed applied = ImportLoad.apply(admin, dry.result().getString("token"));
        ImportLoad.Timed again = ImportLoad.dryRun(admin, file);
        System.out.printf("%nImport benchmark: %,d history rows, %,d bytes (%,d to create, %,d to change)%n", rows,
                file.length, counts.get(0), counts.get(1));
        System.out.printf("  dry run          %,6d ms  (%,.0f rows/s)%n", dry.millis(), rows * 1000.0 / dry.millis());
        System.out.printf("  apply (to done)  %,6d ms  (%,.0f rows/s), state %s%n", applied.millis(),
                rows * 1000.0 / applied.millis(), applied.result().getString("state"));
        System.out.printf("  dry run again    %,6d ms  (%s unchanged)%n%n", again.millis(),
                again.result().getInt("unchanged"));
    }
}
