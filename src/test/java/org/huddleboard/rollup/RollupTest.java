package org.huddleboard.rollup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestDatabase;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The roll-up on a trust built here, so every figure is known: three wards in two CSUs, one
 * commitment. Ward A's waits fell (improvement), ward B's rose (concern) and ward C's did not
 * change; ward B has entered nothing today and ward A one of its two measures.
 */
@QuarkusTest
@TestProfile(RollupTest.KnownTrust.class)
class RollupTest {

    public static class KnownTrust implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huddle.demo", "false", "huddle.initial-admin.password", "rollup-admin-password",
                    "quarkus.datasource.jdbc.url", TestDatabase.url("rollup-tests"));
        }
    }

    static String admin;
    static String lead;
    static String manager;
    static LocalDate today;

    static RequestSpecification as(String session) {
        return given().cookie("hb_session", session);
    }

    @BeforeEach
    void aKnownTrust() throws InterruptedException {
        if (admin != null) {
            return;
        }
        admin = TestAuth.signIn("admin", "rollup-admin-password");
        for (String[] csu : new String[][] { { "north", "North Services" }, { "south", "South Services" } }) {
            as(admin).contentType(ContentType.JSON).body(Map.of("code", csu[0], "name", csu[1])).post("/api/csus")
                    .then().statusCode(201);
        }
        for (String[] w : new String[][] { { "ward-a", "Ward A", "north" }, { "ward-b", "Ward B", "north" },
                { "ward-c", "Ward C", "south" } }) {
            as(admin).contentType(ContentType.JSON).body(Map.of("code", w[0], "name", w[1], "csu", w[2]))
                    .post("/api/wards").then().statusCode(201);
        }
        as(admin).contentType(ContentType.JSON).body(Map.of("key", "waits", "name", "Waits over 4 hours", "category",
                "DELIVERY", "unit", "patients", "kind", "COUNT", "direction", "LOWER_IS_BETTER", "minValue", 0,
                "maxValue", 100, "target", 5, "amberThreshold", 7)).post("/api/measures").then().statusCode(201);
        as(admin).contentType(ContentType.JSON).body(Map.of("key", "checks", "name", "Checks done", "category",
                "QUALITY", "unit", "%", "kind", "PERCENTAGE", "direction", "HIGHER_IS_BETTER", "minValue", 0,
                "maxValue", 100, "target", 90, "amberThreshold", 80)).post("/api/measures").then().statusCode(201);
        as(admin).contentType(ContentType.JSON).body(Map.of("code", "timely", "title", "Timely care"))
                .post("/api/commitments").then().statusCode(201);
        for (String w : List.of("ward-a", "ward-b", "ward-c")) {
            as(admin).contentType(ContentType.JSON).body(Map.of("version", 0, "measures", List.of(
                    Map.of("measure", "waits", "commitment", "timely"), Map.of("measure", "checks"))))
                    .put("/api/wards/{ward}/measures", w).then().statusCode(200);
        }
        for (String[] p : new String[][] { { "known-lead", "LEAD" }, { "known-manager", "MANAGER" } }) {
            as(admin).contentType(ContentType.JSON).body(Map.of("username", p[0], "displayName", p[0], "password",
                    "a-long-enough-password", "role", p[1], "wards", p[1].equals("LEAD") ? List.of("ward-a", "ward-b")
                            : List.of(), "csus", p[1].equals("MANAGER") ? List.of("north") : List.of()))
                    .post("/api/people").then().statusCode(201);
        }
        lead = TestAuth.signIn("known-lead", "a-long-enough-password");
        manager = TestAuth.signIn("known-manager", "a-long-enough-password");
        today = LocalDate.parse(as(admin).get("/api/rollup").then().statusCode(200).extract().path("today"));

        StringBuilder csv = new StringBuilder("ward,measure,date,value\n");
        for (int i = 0; i < 20; i++) {
            // A: 9 and 11 for 13 days, then 3 and 4: the last seven below the mean, lower is better.
            csv.append("ward-a,waits,").append(today.minusDays(19 - i)).append(',')
                    .append(i < 13 ? (i % 2 == 0 ? 9 : 11) : (i % 2 == 0 ? 3 : 4)).append('\n');
            // B, up to yesterday: 4 and 6, then 12 and 13: the last seven above the mean.
            csv.append("ward-b,waits,").append(today.minusDays(20 - i)).append(',')
                    .append(i < 13 ? (i % 2 == 0 ? 4 : 6) : (i % 2 == 0 ? 12 : 13)).append('\n');
            // C: 4 and 6 throughout; its checks 95 and 97.
            csv.append("ward-c,waits,").append(today.minusDays(19 - i)).append(',').append(i % 2 == 0 ? 4 : 6)
                    .append('\n');
            csv.append("ward-c,checks,").append(today.minusDays(19 - i)).append(',').append(i % 2 == 0 ? 95 : 97)
                    .append('\n');
        }
        for (int i = 1; i <= 5; i++) {
            csv.append("ward-a,checks,").append(today.minusDays(i)).append(",85\n");
        }
        String token = as(admin).contentType("text/csv; charset=utf-8").body(csv.toString())
                .post("/api/imports/history/dry-run").then().statusCode(200).extract().path("token");
        String job = as(admin).contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/imports/jobs")
                .then().statusCode(202).extract().header("Location");
        for (int i = 0; i < 100 && !as(admin).get(job).then().extract().<Boolean> path("finished"); i++) {
            Thread.sleep(100);
        }
        // Two ideas on ward A; escalations: staffing on A and B, beds and flow on B.
        for (String title : List.of("Triage nurse at the door", "Discharge lounge by noon")) {
            as(lead).contentType(ContentType.JSON).body(Map.of("title", title, "problem", "Patients wait",
                    "idea", "Try it for a week", "qualityAim", "PATIENT_EXPERIENCE")).post("/api/wards/ward-a/ideas").then().log().ifValidationFails().statusCode(201);
        }
        for (String[] e : new String[][] { { "ward-a", "STAFFING" }, { "ward-b", "STAFFING" }, { "ward-b", "BEDS_AND_FLOW" } }) {
            as(lead).contentType(ContentType.JSON).body(Map.of("title", "Short of nurses", "detail", "Two nurses short on the late shift", "category", e[1],
                    "severity", "ROUTINE")).post("/api/wards/{ward}/escalations", e[0]).then().statusCode(201);
        }
    }

    @Test
    void perCommitmentTheWardsImprovingOfConcernAndUnchanged() {
        JsonPath r = as(admin).get("/api/rollup").then().statusCode(200).extract().jsonPath();
        assertEquals("Trust", r.getString("scope"));
        assertEquals(java.util.Arrays.asList("timely", null), r.getList("groups.commitment"));
        assertEquals(List.of("waits"), r.getList("groups[0].columns.measure"));
        assertEquals(List.of("checks"), r.getList("groups[1].columns.measure"), "checks serve no commitment");
        Map<String, Object> timely = r.getMap("commitments.find { it.commitment == 'timely' }");
        assertEquals(3, timely.get("wardMeasures"));
        assertEquals(3, timely.get("wards"));
        assertEquals(1, timely.get("wardsImproving"), "ward A");
        assertEquals(1, timely.get("wardsConcern"), "ward B");
        assertEquals(1, timely.get("wardsNoChange"), "ward C");
        assertEquals(0, timely.get("tooFewOrRare"));
    }

    @Test
    void theHeatmapShowsLatestStatusVariationAndWhatIsNotEnteredToday() {
        JsonPath r = as(admin).get("/api/rollup").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ward-a", "ward-b", "ward-c"), r.getList("wards.ward"));
        String a = "wards.find { it.ward == 'ward-a' }";
        String b = "wards.find { it.ward == 'ward-b' }";
        String c = "wards.find { it.ward == 'ward-c' }";
        assertEquals("IMPROVEMENT_LOW", r.getString(a + ".cells[0].variation"));
        assertEquals("GREEN", r.getString(a + ".cells[0].status"), "today's 4 is within the target of 5");
        assertEquals(true, r.getBoolean(a + ".cells[0].enteredToday"));
        assertEquals("CONCERN_HIGH", r.getString(b + ".cells[0].variation"));
        assertEquals("RED", r.getString(b + ".cells[0].status"), "yesterday's 13 is past the amber threshold of 7");
        assertEquals(false, r.getBoolean(b + ".cells[0].enteredToday"));
        assertEquals(today.minusDays(1).toString(), r.getString(b + ".cells[0].latest"));
        assertEquals("COMMON_CAUSE", r.getString(c + ".cells[0].variation"));
        assertEquals("PASS", r.getString(c + ".cells[1].assurance"), "checks of 95 and 97 never fall to the target of 90");
        assertEquals("NOT_ENOUGH_DATA", r.getString(b + ".cells[1].variation"), "ward B has no checks at all");
        assertEquals("NONE", r.getString(b + ".cells[1].status"));
        assertEquals(1, r.getInt(a + ".notEnteredToday"));
        assertEquals(2, r.getInt(b + ".notEnteredToday"));
        assertEquals(0, r.getInt(c + ".notEnteredToday"));
        assertEquals(3, r.getInt("totals.notEnteredToday"));
        assertEquals(2, r.getInt(a + ".flow.raised"));
        assertEquals(1, r.getInt(a + ".flow.escalations"));
        assertEquals(2, r.getInt(b + ".flow.escalations"));
        assertEquals(2, r.getInt("themes.find { it.category == 'STAFFING' }.raised"));
        assertEquals(1, r.getInt("themes.find { it.category == 'BEDS_AND_FLOW' }.raised"));
        assertEquals("STAFFING", r.getString("themes[0].category"), "the commonest theme first");
    }

    @Test
    void aManagerSeesTheirCsuAndNoOtherAndDevicesNone() {
        as(manager).get("/api/rollup").then().statusCode(200).body("wards.ward", is(List.of("ward-a", "ward-b")))
                .body("scope", is("Your wards"));
        as(manager).get("/api/rollup?csu=north").then().statusCode(200).body("scope", is("North Services"));
        as(manager).get("/api/rollup?csu=south").then().statusCode(403);
        as(admin).get("/api/rollup?csu=nowhere").then().statusCode(404);
        as(admin).get("/api/rollup?csu=south").then().statusCode(200).body("wards.ward", is(List.of("ward-c")))
                .body("commitments[0].wardsNoChange", is(1));
        given().get("/api/rollup").then().statusCode(401);
        as(manager).get("/trust").then().statusCode(200);
        as(manager).get("/csus/south").then().statusCode(403);
    }

    @Test
    void everyTableDownloadsAsCsv() {
        String heatmap = as(admin).get("/api/rollup/heatmap.csv").then().statusCode(200).extract().asString();
        String[] lines = heatmap.split("\r\n");
        assertEquals("ward,ward_name,csu,commitment,measure,latest_date,latest_value,status,entered_today,variation,"
                + "assurance", lines[0]);
        assertEquals(7, lines.length, "a header and six ward measures");
        assertTrue(heatmap.contains("ward-b,Ward B,north,timely,waits," + today.minusDays(1) + ",13,Off target,no,"),
                heatmap);
        String commitments = as(admin).get("/api/rollup/commitments.csv").then().statusCode(200).extract().asString();
        assertEquals("timely,Timely care,3,3,1,1,1,0", commitments.split("\r\n")[1]);
        String wards = as(admin).get("/api/rollup/wards.csv?csu=north").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("north-wards")).extract().asString();
        assertTrue(wards.split("\r\n")[1].startsWith("ward-a,Ward A,north,2,1,2,0,0,"), wards);
        String themes = as(admin).get("/api/rollup/themes.csv").then().statusCode(200).extract().asString();
        assertEquals("STAFFING,Staffing,2", themes.split("\r\n")[1]);
    }
}
