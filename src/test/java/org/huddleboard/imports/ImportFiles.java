package org.huddleboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.huddleboard.TestAuth;

import io.restassured.path.json.JsonPath;

/** The sample files under src/test/resources/imports, and the calls a client makes with them. */
final class ImportFiles {

    static final ZoneId TRUST = ZoneId.of("Europe/London");

    private ImportFiles() {
    }

    static LocalDate today() {
        return LocalDate.now(TRUST);
    }

    /** A sample file, with {today} and {yesterday} written as the trust's dates. */
    static byte[] sample(String name) {
        try (InputStream in = ImportFiles.class.getResourceAsStream("/imports/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{today}", today().toString()).replace("{yesterday}", today().minusDays(1).toString());
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    static JsonPath dryRun(String kind, byte[] file) {
        return TestAuth.as("admin").contentType("text/csv; charset=utf-8").body(file).queryParam("fileName", kind + ".csv")
                .post("/api/imports/{kind}/dry-run", kind).then().statusCode(200).extract().jsonPath();
    }

    /** Applies a dry run's file and waits for the job to finish; answers the finished job. */
    static JsonPath apply(String token) throws InterruptedException {
        String location = TestAuth.as("admin").contentType("application/json").body("{\"token\":\"" + token + "\"}")
                .post("/api/imports/jobs").then().statusCode(202).extract().header("Location");
        for (int i = 0; i < 600; i++) {
            JsonPath job = TestAuth.as("admin").get(location).then().statusCode(200).extract().jsonPath();
            if (job.getBoolean("finished")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import job did not finish in a minute: " + location);
    }

    static void assertCounts(JsonPath report, int create, int change, int unchanged, int rejected) {
        assertEquals(create + "/" + change + "/" + unchanged + "/" + rejected, report.getInt("create") + "/"
                + report.getInt("change") + "/" + report.getInt("unchanged") + "/" + report.getInt("rejected"),
                "create/change/unchanged/rejected of " + report.getList("lines"));
    }
}
