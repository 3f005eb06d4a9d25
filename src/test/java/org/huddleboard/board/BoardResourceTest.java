package org.huddleboard.board;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BoardResourceTest {

    @Test
    void boardShowsTodayVersionAndEachMeasureWithFourteenDays() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        as("executive").when().get("/api/wards/ward-41/board")
                .then().statusCode(200)
                .body("ward.code", equalTo("ward-41"))
                .body("ward.csu.name", equalTo("Cardio-respiratory"))
                .body("date", equalTo(today))
                .body("version", notNullValue())
                .body("measures", hasSize(10))
                .body("measures.history", everyItem(hasSize(14)))
                .body("measures[0].category", equalTo("SAFETY"))
                .body("measures.find { it.key == 'falls' }.history[13].date", equalTo(today))
                .body("safetyCrosses.measure", equalTo(java.util.List.of("falls", "medication-incidents")));
    }

    @Test
    void unknownWardIsNotFoundAsProblemJson() {
        as("executive").when().get("/api/wards/ward-99/board")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", equalTo("Ward ward-99 not found"));
    }

    @Test
    void wallScreenPageRendersTheBoardBeforeAnyScriptRuns() {
        as("executive").when().get("/wards/ward-43/board")
                .then().statusCode(200)
                .contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("Ward 43 · Respiratory"))
                .body(org.hamcrest.Matchers.containsString("data-measure=\"staffing-fill-rate\""))
                .body(org.hamcrest.Matchers.containsString("Safety cross"));
    }

    @Test
    void unknownWardPageIsNotFound() {
        as("executive").when().get("/wards/nowhere/board").then().statusCode(404);
    }
}
