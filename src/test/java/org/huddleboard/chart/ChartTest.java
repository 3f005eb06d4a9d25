package org.huddleboard.chart;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.SetupProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * A ward measure's chart through the API, on a series worked by hand: fourteen days alternating 10
 * and 12, then a 20. Runs on its own copy of the demo trust, since it adds a measure to a ward.
 */
@QuarkusTest
@TestProfile(SetupProfile.class)
class ChartTest {

    static final String WARD = "ward-14";
    static final String KEY = "chart-check";
    static final String SPC = "/api/wards/{ward}/measures/{measure}/spc";
    static final String REBASES = "/api/wards/{ward}/measures/{measure}/rebases";
    static LocalDate today;

    /** Once per run (Quarkus is not up yet in a static @BeforeAll under a test profile). */
    static synchronized void aMeasureWithFifteenKnownDays() {
        today = LocalDate.parse(as("admin").get("/api/wards/{ward}/board", WARD).then().extract().path("date"));
        if (as("admin").get("/api/measures/" + KEY).statusCode() == 200) {
            return; // a second class on this profile's database
        }
        Map<String, Object> m = new HashMap<>();
        m.put("key", KEY);
        m.put("name", "Chart check");
        m.put("category", "QUALITY");
        m.put("unit", "minutes");
        m.put("kind", "NUMBER");
        m.put("direction", "LOWER_IS_BETTER");
        m.put("minValue", 0);
        m.put("maxValue", 100);
        m.put("target", 10);
        m.put("amberThreshold", 12);
        as("admin").contentType(ContentType.JSON).body(m).post("/api/measures").then().statusCode(201);
        JsonPath set = as("admin").get("/api/wards/{ward}/measures", WARD).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = new ArrayList<>(set.getList("measures"));
        items.add(Map.of("measure", KEY));
        as("admin").contentType(ContentType.JSON).body(Map.of("version", set.getInt("version"), "measures", items))
                .put("/api/wards/{ward}/measures", WARD).then().statusCode(200);
        for (int i = 0; i < 15; i++) {
            int value = i == 14 ? 20 : i % 2 == 0 ? 10 : 12;
            asTablet(WARD).contentType(ContentType.JSON).body(Map.of("value", value))
                    .put("/api/wards/{ward}/measures/{measure}/entries/{date}", WARD, KEY, today.minusDays(14 - i).toString())
                    .then().log().ifValidationFails().statusCode(201);
        }
    }

    @BeforeEach
    void prepared() {
        aMeasureWithFifteenKnownDays();
    }

    @Test
    void theChartIsTheOneWorkedByHand() {
        // Mean (7 × 10 + 7 × 12 + 20) / 15 = 174 / 15 = 11.6. Moving ranges: thirteen of 2, then 8:
        // 34 / 14 = 2.428571…; limits 11.6 ± 2.66 × 2.428571 = 11.6 ± 6.46 → 5.14 to 18.06.
        JsonPath chart = as("lead").get(SPC, WARD, KEY).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(15, chart.getList("points").size());
        assertEquals(11.6, chart.getDouble("segments[0].mean"), 1e-9);
        assertEquals(34.0 / 14, chart.getDouble("segments[0].meanMovingRange"), 1e-9);
        assertEquals(11.6 + 2.66 * 34 / 14, chart.getDouble("segments[0].upper"), 1e-9);
        assertEquals(11.6 - 2.66 * 34 / 14, chart.getDouble("segments[0].lower"), 1e-9);
        assertEquals(false, chart.getBoolean("segments[0].provisional"), "15 points: firm limits");
        // The 20 is above 18.06: outside the limits, and lower is better, so a concern.
        assertEquals("OUTSIDE_LIMITS", chart.getString("points[14].rule"));
        assertEquals("CONCERN_HIGH", chart.getString("variation"));
        assertTrue(chart.getString("variationWords").startsWith("Special cause concern"));
        // The target of 10 lies inside 5.14 to 18.06: hit and miss.
        assertEquals("HIT_AND_MISS", chart.getString("assurance"));
        // No point is on either side of the mean seven times running, nor trending.
        assertEquals(1, chart.getList("points.findAll { it.rule != null }").size());
        String board = as("lead").get("/api/wards/{ward}/board", WARD).then().extract().asString();
        assertEquals("CONCERN_HIGH", JsonPath.from(board).getString("measures.find { it.key == '" + KEY + "' }.spc.variation"),
                "the wall's icons are the chart's");
    }

    @Test
    void theHistoryCsvHasEveryDayWithItsLimitsAndRule() {
        String csv = as("manager").get("/api/wards/{ward}/measures/{measure}/history.csv", WARD, KEY).then()
                .statusCode(200).header("Content-Disposition", containsString(WARD + "-" + KEY + ".csv")).extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertEquals("date,value,segment,mean,lower_limit,upper_limit,limits,special_cause,variation", lines[0]);
        assertEquals(16, lines.length, "a header and fifteen days");
        assertTrue(lines[15].startsWith(today.toString() + ",20.0,1,11.6,"), lines[15]);
        assertTrue(lines[15].contains("A point outside the process limits"), lines[15]);
        assertTrue(lines[1].contains(",firm,,Common cause"), lines[1]);
    }

    @Test
    void aRecordedChangeStartsNewLimitsAndCanBeRemoved() {
        String day = today.toString();
        as("lead").contentType(ContentType.JSON).body(Map.of("date", day, "reason", "New rota from today"))
                .post(REBASES, WARD, KEY).then().statusCode(201).body("reason", is("New rota from today"))
                .body("recordedBy", is("Demo Ward Leader"));
        as("lead").contentType(ContentType.JSON).body(Map.of("date", day, "reason", "Again"))
                .post(REBASES, WARD, KEY).then().statusCode(409).body("current", hasSize(1));
        // One point after the change: no limits yet, so no variation to judge.
        as("lead").get(SPC, WARD, KEY).then().statusCode(200).body("segments", hasSize(2))
                .body("segments[1].points", is(1)).body("segments[1].upper", nullValue())
                .body("segments[0].mean", is(11.0f)).body("variation", is("NOT_ENOUGH_DATA"))
                .body("assurance", is("NONE"));
        as("admin").get("/api/audit?ward=" + WARD).then().statusCode(200)
                .body("find { it.action == 'measure.rebase-recorded' }.subject", is(KEY + " " + day));
        as("lead").delete(REBASES + "/{date}", WARD, KEY, day).then().statusCode(204);
        as("lead").delete(REBASES + "/{date}", WARD, KEY, day).then().statusCode(404);
        as("lead").get(SPC, WARD, KEY).then().body("segments", hasSize(1)).body("variation", is("CONCERN_HIGH"));
    }

    @Test
    void wrongChangesAreRefusedNamingTheField() {
        String url = REBASES;
        as("lead").contentType(ContentType.JSON).body(Map.of("reason", "x")).post(url, WARD, KEY).then()
                .statusCode(400).body("errors[0].field", is("date"));
        as("lead").contentType(ContentType.JSON).body(Map.of("date", today.plusDays(1).toString(), "reason", "x"))
                .post(url, WARD, KEY).then().statusCode(400).body("errors[0].field", is("date"))
                .body("errors[0].reason", containsString("after today"));
        as("lead").contentType(ContentType.JSON).body(Map.of("date", "yesterday", "reason", "x"))
                .post(url, WARD, KEY).then().statusCode(400).body("errors[0].field", is("date"));
        as("lead").contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", " "))
                .post(url, WARD, KEY).then().statusCode(400).body("errors[0].field", is("reason"));
        as("lead").contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", "x".repeat(201)))
                .post(url, WARD, KEY).then().statusCode(400).body("errors[0].field", is("reason"));
        as("lead").contentType(ContentType.JSON)
                .body(Map.of("date", today.toString(), "reason", "Started for 943 476 5919"))
                .post(url, WARD, KEY).then().statusCode(422);
        as("lead").contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", "x"))
                .post(url, WARD, "no-such-measure").then().statusCode(404);
        as("lead").contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", "x"))
                .post(url, "ward-43", "falls").then().statusCode(403);
        as("manager").contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", "x"))
                .post(url, WARD, KEY).then().statusCode(403);
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("date", today.toString(), "reason", "x"))
                .post(url, WARD, KEY).then().statusCode(403);
        as("lead").get(url, WARD, KEY).then().statusCode(200).body("", hasSize(0));
    }
}
