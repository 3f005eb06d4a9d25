package org.huddleboard.demo;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;

import org.huddleboard.TestDatabase;
import org.huddleboard.measure.Category;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo trust's four annual commitments, as a steering group would judge them: each is served
 * by measures on the demo wards, and a ward measure serves the commitment of its category.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(DemoCommitmentsTest.FreshDemo.class)
class DemoCommitmentsTest {

    /** The demo as it loads, in a database of its own: other tests change wards' measure sets. */
    public static class FreshDemo implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    TestDatabase.url("demo-commitments"));
        }
    }

    static final Map<Category, String> BY_CATEGORY = Map.of(Category.SAFETY, "zero-harm", Category.QUALITY,
            "zero-harm", Category.DELIVERY, "timely-care", Category.COST, "best-value", Category.PEOPLE, "great-place");

    @Test
    void fourCommitmentsInOrderEachServed() {
        JsonPath list = as("lead").get("/api/commitments").then().statusCode(200).extract().jsonPath();
        List<String> demo = List.of("zero-harm", "timely-care", "best-value", "great-place");
        assertEquals(List.of("Zero avoidable harm", "Timely care", "Best use of resources", "A great place to work"),
                demo.stream().map(code -> list.getString("find { it.code == '" + code + "' }.title")).toList());
        assertEquals(List.of(0, 1, 2, 3),
                demo.stream().map(code -> list.getInt("find { it.code == '" + code + "' }.sortOrder")).toList());
        for (String code : demo) {
            assertTrue(list.getInt("find { it.code == '" + code + "' }.wardMeasures") > 0, code + " serves no measure");
        }
    }

    @Test
    @Transactional
    void eachDemoWardMeasureServesItsCategorysCommitment() {
        List<String> codes = DemoWards.CSUS.stream().flatMap(csu -> csu.wards().stream()).map(w -> w.code()).toList();
        assertEquals(8, codes.size(), "the demo's eight wards");
        for (String code : codes) {
            Ward ward = Ward.find("code", code).firstResult();
            List<WardMeasure> measures = WardMeasure.list("ward = ?1 and removedAt is null", ward);
            for (WardMeasure wm : measures) {
                String expected = BY_CATEGORY.get(wm.measure.category);
                assertEquals(expected, wm.commitment == null ? null : wm.commitment.code,
                        ward.code + " " + wm.measure.key + " (" + wm.measure.category + ")");
            }
            assertTrue(measures.stream().anyMatch(wm -> wm.commitment != null && wm.commitment.code.equals("zero-harm")),
                    ward.code + " has a measure serving zero avoidable harm");
        }
    }
}
