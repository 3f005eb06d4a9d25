package org.huddleboard.measure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The trust's measure library: every rule, the affected wards before saving, and retiring. */
@QuarkusTest
class LibraryTest {

    static Map<String, Object> measure(String key) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", key);
        m.put("name", "Bed rails checked");
        m.put("category", "SAFETY");
        m.put("unit", "%");
        m.put("kind", "PERCENTAGE");
        m.put("direction", "HIGHER_IS_BETTER");
        m.put("minValue", 0);
        m.put("maxValue", 100);
        m.put("target", 95);
        m.put("amberThreshold", 85);
        m.put("howToCount", "Beds with rails checked at the morning safety round, of all occupied beds");
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(m);
        changed.put(field, value);
        return changed;
    }

    @Test
    void anAdminAddsChangesAndRetiresAMeasure() {
        as("admin").contentType(ContentType.JSON).body(measure("bed-rails")).post("/api/measures").then()
                .statusCode(201).body("version", is(0)).body("wards", is(0));
        as("admin").contentType(ContentType.JSON).body(measure("bed-rails")).post("/api/measures").then()
                .statusCode(409);
        Map<String, Object> changed = with(with(measure("bed-rails"), "target", 90), "version", 0);
        as("admin").contentType(ContentType.JSON).body(changed).put("/api/measures/bed-rails").then().statusCode(200)
                .body("target", is(90.0f)).body("version", is(1));
        as("admin").contentType(ContentType.JSON).body(changed).put("/api/measures/bed-rails").then().statusCode(409)
                .body("current.version", is(1));
        as("admin").contentType(ContentType.JSON).body(Map.of("version", 1)).post("/api/measures/bed-rails/retire")
                .then().statusCode(200).body("retiredAt", org.hamcrest.Matchers.notNullValue());
        as("admin").contentType(ContentType.JSON).body(measure("bed-rails")).post("/api/measures").then()
                .statusCode(409).body("detail", containsString("never reused"));
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        Map<String, Object> m = measure("checked-fields");
        Map<String, String> reasons = Map.of("key", "BAD KEY", "kind", "SOMETIMES", "maxValue", "1500",
                "target", "101", "amberThreshold", "99", "name", "");
        for (Map.Entry<String, String> bad : reasons.entrySet()) {
            Object value = bad.getValue().matches("\\d+") ? Integer.valueOf(bad.getValue()) : bad.getValue();
            as("admin").contentType(ContentType.JSON).body(with(m, bad.getKey(), value)).post("/api/measures").then()
                    .statusCode(400).body("errors[0].field", is(bad.getKey()));
        }
        as("admin").contentType(ContentType.JSON).body(with(with(m, "kind", "YES_NO"), "maxValue", 5))
                .post("/api/measures").then().statusCode(400).body("errors[0].field", is("maxValue"));
    }

    @Test
    void aChangeShowsTheWardsItAffectsBeforeItIsSaved() {
        Map<String, Object> lengthOfStay = as("admin").get("/api/measures/length-of-stay").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> proposed = with(lengthOfStay, "target", 4.5);
        as("admin").contentType(ContentType.JSON).body(proposed).post("/api/measures/length-of-stay/preview").then()
                .statusCode(200).body("wards.code", hasItem("ward-14"))
                .body("wards.find { it.code == 'ward-14' }.effect", containsString("new one"));
        as("admin").get("/api/measures/length-of-stay").then().body("target", is(((Number) lengthOfStay.get("target"))
                .floatValue()));
        as("lead").contentType(ContentType.JSON).body(proposed).post("/api/measures/length-of-stay/preview").then()
                .statusCode(403);
    }

    @Test
    void theRangeMustKeepTheValuesAlreadyRecordedAndTheKindStays() {
        Map<String, Object> falls = as("admin").get("/api/measures/falls").then().extract().jsonPath().getMap("$");
        as("admin").contentType(ContentType.JSON).body(with(falls, "kind", "NUMBER")).put("/api/measures/falls").then()
                .statusCode(400).body("errors[0].field", is("kind"));
        as("admin").contentType(ContentType.JSON).body(with(falls, "maxValue", 0)).put("/api/measures/falls").then()
                .statusCode(400).body("errors[0].field", is("maxValue"));
        // A fill rate runs past 100%: the demo's goes to 200, and it can still be changed.
        Map<String, Object> fill = as("admin").get("/api/measures/staffing-fill-rate").then().extract().jsonPath()
                .getMap("$");
        as("admin").contentType(ContentType.JSON).body(fill).post("/api/measures/staffing-fill-rate/preview").then()
                .statusCode(200);
    }

    @Test
    void retiringTakesItOffEveryBoardAndKeepsItsHistory() {
        Map<String, Object> m = with(with(with(with(with(measure("bed-checks"), "kind", "COUNT"), "unit", "beds"),
                "maxValue", 60), "direction", "LOWER_IS_BETTER"), "amberThreshold", 2);
        m.put("target", 0);
        as("admin").contentType(ContentType.JSON).body(m).post("/api/measures").then().statusCode(201);
        var set = as("admin").get("/api/wards/ward-33/measures").then().extract().jsonPath();
        List<Map<String, Object>> items = new java.util.ArrayList<>(MeasureSetTest.items(set));
        items.add(MeasureSetTest.item("bed-checks", null, null, false));
        as("admin").contentType(ContentType.JSON).body(Map.of("version", set.getInt("version"), "measures", items))
                .put("/api/wards/ward-33/measures").then().statusCode(200);
        as("admin").get("/api/wards/ward-33/board").then().body("measures.key", hasItem("bed-checks"));
        as("admin").get("/api/measures/bed-checks").then().body("wards", is(1));

        as("lead").contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/measures/bed-checks/retire")
                .then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/measures/bed-checks/retire")
                .then().statusCode(200);
        as("admin").get("/api/wards/ward-33/board").then().body("measures.key", not(hasItem("bed-checks")));
        as("admin").get("/api/measures").then().body("find { it.key == 'bed-checks' }.retiredAt",
                org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void whoeverEntersAValueIsToldHowToCountIt() {
        as("admin").get("/api/measures/falls").then().body("howToCount", containsString("since this time yesterday"));
        org.huddleboard.TestAuth.asTablet("ward-12").get("/wards/ward-12/huddle").then().statusCode(200)
                .body(containsString("How to count: Falls since this time yesterday"));
    }

    @Test
    void onlyAdminsChangeTheLibraryAndStaffReadIt() {
        as("lead").get("/api/measures").then().statusCode(200).body("key", hasItem("falls"));
        as("lead").contentType(ContentType.JSON).body(measure("lead-made")).post("/api/measures").then().statusCode(403);
        as("manager").contentType(ContentType.JSON).body(measure("manager-made")).post("/api/measures").then()
                .statusCode(403);
        org.huddleboard.TestAuth.asDisplay("ward-12").get("/api/measures").then().statusCode(403);
        as("admin").get("/setup/measures").then().statusCode(200).body(containsString("Measure library"));
        as("lead").redirects().follow(false).get("/setup/measures").then().statusCode(403);
    }
}
