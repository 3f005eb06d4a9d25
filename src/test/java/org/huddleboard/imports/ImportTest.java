package org.huddleboard.imports;

import static org.huddleboard.imports.ImportFiles.apply;
import static org.huddleboard.imports.ImportFiles.assertCounts;
import static org.huddleboard.imports.ImportFiles.dryRun;
import static org.huddleboard.imports.ImportFiles.sample;
import static org.huddleboard.imports.ImportFiles.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class ImportTest {

    /** Each rejected row's line and reason, as the dry run reports them. */
    private static Map<Integer, String> rejects(JsonPath report) {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<Map<String, Object>> lines = report.getList("lines");
        for (Map<String, Object> l : lines) {
            if ("REJECT".equals(l.get("outcome"))) {
                out.put((Integer) l.get("line"), (String) l.get("detail"));
            }
        }
        return out;
    }

    private static String outcome(JsonPath report, int line) {
        return report.getString("lines.find { it.line == " + line + " }.outcome");
    }

    @Test
    void dryRunOfHistoryReportsEveryRowAndWhyBadOnesAreRejected() {
        boolean todayEntered = TestApi.todaysEntryVersion("ward-41", "length-of-stay") >= 0;
        JsonPath report = dryRun("history", sample("history-mixed.csv"));
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(4, "value: 120 must be a percentage from 0 to 100");
        // A quoted note may hold a line break as far as CSV goes; a board note may not (the API's rule too).
        expected.put(5, "note: contains an invisible or control character (U+000D); type plain text");
        expected.put(7, "value: 1.5 must be a whole number from 0 to 30 (falls)");
        expected.put(8, "ward: 'ward-99' is not a ward");
        expected.put(9, "measure: 'pressure-ulcers' is not on the board of ward-41");
        expected.put(10, "date: 2099-01-01 is in the future (today is " + today() + " in trust time)");
        expected.put(11, "presentOnAdmission: can be true only when harm was recorded (a value above 0)");
        expected.put(12, "date: the same ward, measure and day as line 3; keep one of them");
        expected.put(13, "value: lots must be a number");
        assertEquals(expected, rejects(report));
        assertEquals(todayEntered ? "CHANGE" : "CREATE", outcome(report, 2));
        assertEquals("CREATE", outcome(report, 3));
        // The quoted note with a line break in it is one row, reported at the line it starts on: the next is line 7.
        assertEquals("ward-41 falls 2026-06-01", report.getString("lines.find { it.line == 5 }.subject"));
        assertEquals(11, report.getInt("rows"));
        assertCounts(report, todayEntered ? 1 : 2, todayEntered ? 1 : 0, 0, 9);
        assertTrue(report.getString("token").startsWith("history-"), report.getString("token"));

        // Rejected rows: nothing of the file can be applied, and nothing was written by the dry run.
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("token", report.getString("token")))
                .post("/api/imports/jobs").then().statusCode(409);
        assertEquals(todayEntered, TestApi.todaysEntryVersion("ward-41", "length-of-stay") >= 0);
    }

    @Test
    void appliedHistoryIsOnTheBoard() throws Exception {
        long versionBefore = TestApi.boardVersion("ward-41");
        JsonPath report = dryRun("history", sample("history-good.csv"));
        assertEquals(0, report.getInt("rejected"), report.getList("lines").toString());
        assertEquals("CHANGE", outcome(report, 6)); // yesterday's demo value
        JsonPath job = apply(report.getString("token"));
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(5, job.getInt("done"));
        assertEquals(5, job.getInt("total"));

        String board = TestApi.board("ward-41");
        JsonPath b = JsonPath.from(board);
        assertEquals(4.5f, b.getFloat("measures.find { it.key == 'length-of-stay' }.today.value"), board);
        assertTrue(b.getLong("version") > versionBefore, "the board moved on: one live change");
        assertEquals("Imported from the ward spreadsheet",
                b.getString("measures.find { it.key == 'length-of-stay' }.today.note"));

        // The same file again: every row is as it says already.
        assertCounts(dryRun("history", sample("history-good.csv")), 0, 0, 5, 0);

        // One audit line for the import, with its counts.
        String audit = TestAuth.as("admin").get("/api/audit?action=import.history").then().extract().asString();
        assertTrue(audit.contains("import.history"), audit);
    }

    @Test
    void aFileWithOneBadRowChangesNothing() throws Exception {
        byte[] file = sample("history-one-bad.csv");
        JsonPath report = dryRun("history", file);
        assertCounts(report, 2, 0, 0, 1);
        assertEquals(Map.of(4, "value: 101 must be a percentage from 0 to 100"), rejects(report));
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("token", report.getString("token")))
                .post("/api/imports/jobs").then().statusCode(409);
        // The good rows were not written either.
        String good = new String(file, StandardCharsets.UTF_8).replace("ward-41,hand-hygiene,2026-06-05,101,\n", "");
        assertCounts(dryRun("history", good.getBytes(StandardCharsets.UTF_8)), 2, 0, 0, 0);
    }

    @Test
    void peopleAreImportedWithoutAPasswordUntilAnAdminSetsOne() throws Exception {
        JsonPath mixed = dryRun("people", sample("people-mixed.csv"));
        assertEquals(Map.of(4, "username: must be 2 to 60 letters, digits, dots, dashes or underscores",
                5, "role: must be lead, manager, executive or admin",
                6, "email: must be an e-mail address such as name@example.org; wards: 'ward-99' is not known"),
                rejects(mixed));
        assertCounts(mixed, 2, 0, 0, 3);

        JsonPath report = dryRun("people", sample("people-good.csv"));
        assertCounts(report, 2, 0, 0, 0);
        assertEquals("done", apply(report.getString("token")).getString("state"));
        JsonPath people = TestAuth.as("admin").get("/api/people").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ward-41", "ward-43"),
                people.getList("find { it.username == 'imported.lead' }.wards").stream().sorted().toList());
        assertEquals(List.of("medicine", "surgery"),
                people.getList("find { it.username == 'imported.manager' }.csus").stream().sorted().toList());
        assertEquals("imported.manager@example.org", people.getString("find { it.username == 'imported.manager' }.email"));

        // Nobody knows an imported person's password: no sign-in until an administrator sets one.
        io.restassured.RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "imported.lead").formParam("password", "")
                .post("/sign-in").then().statusCode(org.hamcrest.Matchers.not(303));
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("password", "imported-lead-2026"))
                .put("/api/people/imported.lead").then().statusCode(200);
        String session = TestAuth.signIn("imported.lead", "imported-lead-2026");
        io.restassured.RestAssured.given().cookie("hb_session", session).get("/api/wards/ward-41/board").then()
                .statusCode(200);

        // The same file again changes nothing; a changed role is a change.
        assertCounts(dryRun("people", sample("people-good.csv")), 0, 0, 2, 0);
        String promoted = new String(sample("people-good.csv"), StandardCharsets.UTF_8)
                .replace("imported.lead,Imported Lead,lead", "imported.lead,Imported Lead,manager");
        JsonPath change = dryRun("people", promoted.getBytes(StandardCharsets.UTF_8));
        assertEquals("role lead to manager", change.getString("lines.find { it.line == 2 }.detail"));
    }

    @Test
    void wardsAndNewCsusAreImported() throws Exception {
        JsonPath mixed = dryRun("wards", sample("wards-mixed.csv"));
        assertEquals(Map.of(4, "code: must be 1 to 40 lower-case letters, digits or dashes, starting with a letter"
                + " or digit (it goes in the board's address)",
                5, "csuName: is required for a new CSU (unknown-csu is not known yet)",
                6, "huddleTime: must be a time like 09:30 (24-hour), or empty for the trust's; huddleMinutes: must be"
                        + " a whole number from 5 to 30"),
                rejects(mixed));
        JsonPath report = dryRun("wards", sample("wards-good.csv"));
        assertCounts(report, 2, 0, 0, 0);
        assertEquals("done", apply(report.getString("token")).getString("state"));
        String wards = TestAuth.as("executive").get("/api/wards").then().statusCode(200).extract().asString();
        assertTrue(wards.contains("ward-51") && wards.contains("Ward 52 · Day Unit"), wards);
        // A ward's code is never taken twice: the same file again changes nothing.
        assertCounts(dryRun("wards", sample("wards-good.csv")), 0, 0, 2, 0);
        String renamed = new String(sample("wards-good.csv"), StandardCharsets.UTF_8).replace("Day Unit", "Day Surgery");
        JsonPath change = dryRun("wards", renamed.getBytes(StandardCharsets.UTF_8));
        assertEquals("name 'Ward 52 · Day Unit' to 'Ward 52 · Day Surgery'",
                change.getString("lines.find { it.line == 3 }.detail"));
    }

    @Test
    void onlyAdministratorsImportAndLeadsOnlyTheirOwnWardsHistory() throws Exception {
        byte[] file = sample("history-good.csv");
        for (String who : List.of("manager", "executive")) {
            TestAuth.as(who).contentType("text/csv; charset=utf-8").body(file).post("/api/imports/history/dry-run")
                    .then().statusCode(403);
            TestAuth.as(who).get("/setup/import").then().statusCode(403);
        }
        TestAuth.asTablet("ward-41").contentType("text/csv; charset=utf-8").body(file)
                .post("/api/imports/history/dry-run").then().statusCode(403);
        TestAuth.as("lead").contentType("text/csv; charset=utf-8").body(sample("people-good.csv"))
                .post("/api/imports/people/dry-run").then().statusCode(403);
        TestAuth.as("lead").contentType("text/csv; charset=utf-8").body(sample("wards-good.csv"))
                .post("/api/imports/wards/dry-run").then().statusCode(403);

        // The lead of ward-12 and ward-14 imports their wards' history, and no other ward's.
        JsonPath other = TestAuth.as("lead").contentType("text/csv; charset=utf-8").body(file)
                .post("/api/imports/history/dry-run").then().statusCode(200).extract().jsonPath();
        assertEquals("ward: you may import only your own wards' history (ward-12, ward-14), not ward-41's",
                rejects(other).get(2));
        assertEquals(5, other.getInt("rejected"));
        String own = "ward,measure,date,value\nward-14,falls,2026-05-01,0\nward-14,length-of-stay,2026-05-01,6.5\n";
        JsonPath report = TestAuth.as("lead").contentType("text/csv; charset=utf-8")
                .body(own.getBytes(StandardCharsets.UTF_8)).post("/api/imports/history/dry-run").then()
                .statusCode(200).extract().jsonPath();
        assertCounts(report, 2, 0, 0, 0);
        // A dry run is applied by whoever ran it.
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("token", report.getString("token")))
                .post("/api/imports/jobs").then().statusCode(404);
        String location = TestAuth.as("lead").contentType(ContentType.JSON)
                .body(Map.of("token", report.getString("token"))).post("/api/imports/jobs").then().statusCode(202)
                .extract().header("Location");
        String state = "";
        for (int i = 0; i < 100 && !state.equals("done"); i++) {
            Thread.sleep(100);
            state = TestAuth.as("lead").get(location).then().statusCode(200).extract().path("state");
        }
        assertEquals("done", state);
        TestAuth.as("manager").get(location).then().statusCode(403);
        TestAuth.as("admin").get(location).then().statusCode(200);
        TestAuth.as("lead").get("/setup/import").then().statusCode(200);
    }

    @Test
    void filesThatAreNotUtf8CsvAreRefusedWithTheReason() {
        byte[] latin1 = "ward,measure,date,value\nward-41,falls,2026-06-01,1,Sal\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        TestAuth.as("admin").contentType("text/csv; charset=utf-8").body(latin1).post("/api/imports/history/dry-run").then()
                .statusCode(400).body("errors[0].reason", org.hamcrest.Matchers.containsString("is not UTF-8"));
        TestAuth.as("admin").contentType("text/csv; charset=windows-1252").body(new byte[] { 'a' })
                .post("/api/imports/history/dry-run").then().statusCode(415);
        TestAuth.as("admin").contentType("text/csv; charset=utf-8").body("ward,measure,day\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports/history/dry-run").then().statusCode(400)
                .body("errors[0].reason", org.hamcrest.Matchers.equalTo("line 1 (the header row) must name the columns"
                        + " ward, measure, date, value, and may name note, presentOnAdmission; missing: date, value;"
                        + " not known: day"));
        TestAuth.as("admin").contentType("text/csv; charset=utf-8").body(new byte[0]).post("/api/imports/people/dry-run").then()
                .statusCode(400);
        TestAuth.as("admin").contentType("text/csv; charset=utf-8").body(new byte[] { 'a' }).post("/api/imports/cats/dry-run")
                .then().statusCode(404);
        assertNotEquals(0, sample("history-good.csv").length);
    }
}
