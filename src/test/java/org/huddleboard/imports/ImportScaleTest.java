package org.huddleboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.huddleboard.TestDatabase;
import org.huddleboard.measure.MeasureEntry;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A 50,000-row history file imports completely and exactly (counts, not timings: the figures are
 * ImportBenchmark's). In a database of its own, so the other tests' boards keep their size.
 */
@QuarkusTest
@TestProfile(ImportScaleTest.OwnDatabase.class)
class ImportScaleTest {

    static final int ROWS = 50_000;

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    TestDatabase.url("import-scale"));
        }
    }

    @Test
    void fiftyThousandHistoryRowsImportExactly() throws Exception {
        String admin = ImportLoad.adminSession();
        byte[] file = ImportLoad.history(ROWS);
        long entriesBefore = QuarkusTransaction.requiringNew().call(() -> MeasureEntry.count());

        JsonPath report = ImportLoad.dryRun(admin, file).result();
        List<Integer> counts = ImportLoad.counts(report);
        assertEquals(ROWS, report.getInt("rows"));
        assertEquals(0, report.getInt("rejected"));
        assertEquals(ROWS, counts.get(0) + counts.get(1) + counts.get(2));

        JsonPath job = ImportLoad.apply(admin, report.getString("token")).result();
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(counts.get(0) + counts.get(1), job.getInt("done"));
        assertEquals(100, job.getInt("percent"));

        long entriesAfter = QuarkusTransaction.requiringNew().call(() -> MeasureEntry.count());
        assertEquals(entriesBefore + counts.get(0), entriesAfter, "one new entry per row to create");
        // Every row is now exactly as the file says.
        assertEquals(List.of(0, 0, ROWS, 0), ImportLoad.counts(ImportLoad.dryRun(admin, file).result()));
    }
}
