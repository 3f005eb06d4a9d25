package org.huddleboard.measure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A ward's measure set: what its board shows, in its order, against its own targets. */
@QuarkusTest
class MeasureSetTest {

    static final String WARD = "ward-43";
    static final String URL = "/api/wards/{ward}/measures";

    static JsonPath set() {
        return as("admin").get(URL, WARD).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> item(String key, Double target, Double amber, boolean cross) {
        Map<String, Object> m = new HashMap<>();
        m.put("measure", key);
        m.put("target", target);
        m.put("amberThreshold", amber);
        m.put("safetyCross", cross);
        return m;
    }

    /** The set as stored, ready to send back. */
    static List<Map<String, Object>> items(JsonPath set) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> m : set.<Map<String, Object>> getList("measures")) {
            items.add(item((String) m.get("measure"), (Double) m.get("target") == null ? null
                    : ((Number) m.get("target")).doubleValue(), m.get("amberThreshold") == null ? null
                            : ((Number) m.get("amberThreshold")).doubleValue(), (Boolean) m.get("safetyCross")));
            items.get(items.size() - 1).put("commitment", m.get("commitment"));
        }
        return items;
    }

    @Test
    void eachMeasureServesOneCurrentCommitmentOrNone() {
        JsonPath before = set();
        List<Map<String, Object>> original = items(before);
        assertEquals("timely-care", before.getString("measures.find { it.measure == 'discharges-before-noon' }.commitment"),
                "the demo links delivery measures to timely care");
        List<Map<String, Object>> wrong = items(before);
        wrong.get(0).put("commitment", "no-such-commitment");
        wrong.get(1).put("commitment", "zero-harm");
        as("admin").contentType(ContentType.JSON).body(Map.of("version", before.getInt("version"), "measures", wrong))
                .put(URL, WARD).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains(
                        "measures[0].commitment"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("not one of the trust's commitments"));
        List<Map<String, Object>> changed = items(before);
        changed.get(0).put("commitment", "best-value");
        changed.get(1).put("commitment", null);
        JsonPath saved = put("admin", before.getInt("version"), changed, 200);
        assertEquals("best-value", saved.getString("measures[0].commitment"));
        assertEquals(null, saved.getString("measures[1].commitment"));
        // Retiring a commitment takes it off every measure that served it.
        as("admin").contentType(ContentType.JSON).body(Map.of("code", "short-lived", "title", "Short lived"))
                .post("/api/commitments").then().statusCode(201);
        changed.get(2).put("commitment", "short-lived");
        saved = put("admin", saved.getInt("version"), changed, 200);
        as("admin").get("/api/commitments").then().body("find { it.code == 'short-lived' }.wardMeasures", is(1));
        as("admin").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/commitments/short-lived/retire").then().statusCode(200);
        assertEquals(null, set().getString("measures[2].commitment"));
        put("admin", saved.getInt("version"), original, 200);
        assertEquals(before.getString("measures.commitment"), set().getString("measures.commitment"), "restored");
    }

    static JsonPath put(String who, int version, List<Map<String, Object>> items, int status) {
        return as(who).contentType(ContentType.JSON).body(Map.of("version", version, "measures", items))
                .put(URL, WARD).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aWardAddsOrdersAndSetsItsOwnTargetsAndTheBoardFollows() {
        JsonPath before = set();
        List<Map<String, Object>> original = items(before);
        long boardVersion = as("admin").get("/api/wards/{ward}/board", WARD).then().extract().jsonPath().getLong("version");
        try {
            List<Map<String, Object>> changed = new ArrayList<>(original);
            changed.add(0, item("hand-hygiene", 99.0, 97.0, false));
            changed.removeIf(m -> m.get("measure").equals("agency-shifts"));
            JsonPath saved = put("admin", before.getInt("version"), changed, 200);
            assertEquals(before.getInt("version") + 1, saved.getInt("version"));
            assertEquals("hand-hygiene", saved.getString("measures[0].measure"));

            JsonPath board = as("admin").get("/api/wards/{ward}/board", WARD).then().statusCode(200).extract().jsonPath();
            assertTrue(board.getLong("version") > boardVersion, "the change is a new board version, for live screens");
            assertEquals(99.0, board.getDouble("measures.find { it.key == 'hand-hygiene' }.target"));
            assertEquals(97.0, board.getDouble("measures.find { it.key == 'hand-hygiene' }.amberThreshold"));
            assertTrue(!board.getList("measures.key").contains("agency-shifts"), "taken off the board");

            // Put back: its history comes back with it.
            put("admin", saved.getInt("version"), original, 200);
            as("admin").get("/api/wards/{ward}/board", WARD).then().statusCode(200)
                    .body("measures.key", hasItem("agency-shifts"), "measures.key", not(hasItem("hand-hygiene")))
                    .body("measures.find { it.key == 'agency-shifts' }.history.findAll { it.value != null }.size()",
                            org.hamcrest.Matchers.greaterThanOrEqualTo(10));
        } finally {
            put("admin", set().getInt("version"), original, 200);
        }
    }

    @Test
    void aWardsOwnTargetJudgesTodaysStatus() {
        JsonPath before = set();
        List<Map<String, Object>> original = items(before);
        try {
            List<Map<String, Object>> strict = new ArrayList<>();
            for (Map<String, Object> m : original) {
                strict.add(m.get("measure").equals("staffing-fill-rate") ? item("staffing-fill-rate", 100.0, 100.0, false) : m);
            }
            put("admin", before.getInt("version"), strict, 200);
            org.huddleboard.TestAuth.asTablet(WARD).contentType(ContentType.JSON).body(Map.of("value", 99)).put(
                    "/api/wards/{ward}/measures/staffing-fill-rate/entries/{date}", WARD, "today").then()
                    .statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201), is(409)));
            as("admin").get("/api/wards/{ward}/board", WARD).then()
                    .body("measures.find { it.key == 'staffing-fill-rate' }.status", is("RED"));
        } finally {
            put("admin", set().getInt("version"), original, 200);
        }
    }

    @Test
    void everyWrongItemIsNamedAndNothingIsSaved() {
        JsonPath before = set();
        List<Map<String, Object>> bad = new ArrayList<>(items(before));
        bad.add(item("no-such-measure", null, null, false));
        bad.add(item("falls", null, null, true));
        bad.add(item("obs-on-time", null, null, true));
        bad.add(item("hand-hygiene", 120.0, null, false));
        bad.add(item("would-recommend", 80.0, 90.0, false));
        int n = before.getList("measures").size();
        put("admin", before.getInt("version"), bad, 400).getList("errors.field");
        as("admin").contentType(ContentType.JSON).body(Map.of("version", before.getInt("version"), "measures", bad))
                .put(URL, WARD).then().statusCode(400)
                .body("errors.field", hasItems("measures[" + n + "].measure", "measures[" + (n + 1) + "].measure",
                        "measures[" + (n + 2) + "].safetyCross", "measures[" + (n + 3) + "].target",
                        "measures[" + (n + 4) + "].amberThreshold"))
                .body("errors.find { it.field == 'measures[" + (n + 3) + "].target' }.reason",
                        containsString("from 0 to 100"));
        as("admin").contentType(ContentType.JSON).body(Map.of("measures", List.of())).put(URL, WARD).then()
                .statusCode(400).body("errors.field", contains("version"));
        as("admin").contentType(ContentType.JSON).body(Map.of("version", before.getInt("version"), "measures",
                List.of())).put(URL, WARD).then().statusCode(400).body("errors.field", contains("measures"));
        assertEquals(before.getList("measures.measure"), set().getList("measures.measure"), "nothing saved");
    }

    @Test
    void aStaleVersionIsRefusedWithTheSetAsItIsNow() {
        JsonPath before = set();
        put("admin", before.getInt("version") - 1, items(before), 409).getList("current.measures");
        as("admin").contentType(ContentType.JSON).body(Map.of("version", before.getInt("version") + 5, "measures",
                items(before))).put(URL, WARD).then().statusCode(409)
                .body("current.version", is(before.getInt("version")));
    }

    @Test
    void onlyTheWardsLeadsAndAdminsChooseItsMeasures() {
        JsonPath before = set();
        put("lead", before.getInt("version"), items(before), 403);
        put("manager", before.getInt("version"), items(before), 403);
        as("executive").get(URL, WARD).then().statusCode(200);
        as("lead").get(URL, "ward-14").then().statusCode(200).body("measures.measure", hasItem("falls"));
        as("lead").get("/setup/wards/{ward}/measures", WARD).then().statusCode(403);
        as("lead").get("/setup/wards/{ward}/measures", "ward-14").then().statusCode(200)
                .body(containsString("Measures on Ward 14"));
    }

    @Test
    void theLeadPicksEachMeasuresCommitmentOnThePageWithoutJavaScript() {
        JsonPath before = as("lead").get(URL, "ward-14").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> stored = items(before);
        String first = (String) stored.get(0).get("measure");
        String second = (String) stored.get(1).get("measure");
        as("lead").get("/setup/wards/{ward}/measures", "ward-14").then().statusCode(200)
                .body(containsString("<th>Serves commitment</th>"))
                .body(containsString("<select name=\"commitment0\""))
                .body(containsString("<option value=\"great-place\">A great place to work</option>"));

        Map<String, String> form = form(before.getInt("version"), stored);
        form.put("commitment0", "great-place");
        form.put("commitment1", "");
        as("lead").redirects().follow(false).contentType(ContentType.URLENC).formParams(form)
                .post("/setup/wards/{ward}/measures", "ward-14").then().statusCode(303);
        JsonPath saved = as("lead").get(URL, "ward-14").then().extract().jsonPath();
        assertEquals("great-place", saved.getString("measures.find { it.measure == '" + first + "' }.commitment"));
        assertEquals(null, saved.getString("measures.find { it.measure == '" + second + "' }.commitment"));
        as("lead").get("/setup/wards/{ward}/measures", "ward-14").then()
                .body(containsString("<option value=\"great-place\" selected>A great place to work</option>"));

        Map<String, String> wrong = form(saved.getInt("version"), items(saved));
        wrong.put("commitment1", "gone-away");
        as("lead").contentType(ContentType.URLENC).formParams(wrong).post("/setup/wards/{ward}/measures", "ward-14")
                .then().statusCode(400).body(containsString("form-error"))
                .body(containsString(second + ": commitment is not one of the trust"));
        assertEquals(saved.getList("measures.commitment"),
                as("lead").get(URL, "ward-14").then().extract().jsonPath().getList("measures.commitment"),
                "nothing saved from a refused form");

        as("lead").contentType(ContentType.JSON).body(Map.of("version", saved.getInt("version"), "measures", stored))
                .put(URL, "ward-14").then().statusCode(200);
    }

    /** The measure-set page's form as a browser without JavaScript sends it, every row kept in order. */
    private static Map<String, String> form(int version, List<Map<String, Object>> items) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(version));
        form.put("count", String.valueOf(items.size()));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            form.put("m" + i, (String) item.get("measure"));
            form.put("order" + i, String.valueOf(i + 1));
            form.put("keep" + i, "on");
            form.put("target" + i, item.get("target") == null ? "" : item.get("target").toString());
            form.put("amber" + i, item.get("amberThreshold") == null ? "" : item.get("amberThreshold").toString());
            if (Boolean.TRUE.equals(item.get("safetyCross"))) {
                form.put("cross" + i, "on");
            }
            form.put("commitment" + i, item.get("commitment") == null ? "" : (String) item.get("commitment"));
        }
        return form;
    }
}
