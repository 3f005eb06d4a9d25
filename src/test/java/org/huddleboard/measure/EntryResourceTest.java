package org.huddleboard.measure;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.huddleboard.TestApi.board;
import static org.huddleboard.TestApi.boardVersion;
import static org.huddleboard.TestApi.putEntry;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EntryResourceTest {

    private static final String WARD = "ward-23";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void todaysValueIsRecordedAndShownOnTheBoard() {
        long before = boardVersion(WARD);
        Integer current = as("executive").get("/api/wards/" + WARD + "/board")
                .then().extract().path("measures.find { it.key == 'agency-shifts' }.today.version");
        String version = current == null ? "" : ", \"version\": " + current;
        putEntry(WARD, "agency-shifts", "today", "{\"value\": 3, \"note\": \"Nights covered\", \"enteredBy\": \"JS\""
                + version + "}")
                .statusCode(current == null ? 201 : 200)
                .body("value", is(3.0f))
                .body("date", equalTo(TODAY.toString()))
                .body("enteredBy", equalTo("JS"))
                .body("status", equalTo("AMBER"));

        as("executive").get("/api/wards/" + WARD + "/board").then()
                .body("version", greaterThan((int) before))
                .body("measures.find { it.key == 'agency-shifts' }.today.value", is(3.0f))
                .body("measures.find { it.key == 'agency-shifts' }.today.note", equalTo("Nights covered"))
                .body("measures.find { it.key == 'agency-shifts' }.status", equalTo("AMBER"))
                .body("measures.find { it.key == 'agency-shifts' }.history[13].value", is(3.0f));
    }

    @Test
    void aPastDayWithNoValueIsCreatedWith201() {
        String day = TODAY.minusDays(120).toString();
        putEntry(WARD, "staff-sickness", day, "{\"value\": 1}")
                .statusCode(201)
                .header("X-Board-Version", org.hamcrest.Matchers.notNullValue())
                .body("date", equalTo(day))
                .body("version", is(0))
                .body("note", nullValue());
    }

    @Test
    void staleVersionIsRefusedWithTheCurrentEntryAndNothingChanges() {
        String day = TODAY.minusDays(121).toString();
        putEntry(WARD, "staff-sickness", day, "{\"value\": 1}").statusCode(201);
        putEntry(WARD, "staff-sickness", day, "{\"value\": 2, \"version\": 0}").statusCode(200);
        String board = board(WARD);

        // A second tablet still holding version 0 tries to correct the value.
        putEntry(WARD, "staff-sickness", day, "{\"value\": 5, \"version\": 0}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("current.value", is(2.0f))
                .body("current.version", is(1));
        // A tablet that never saw the entry cannot overwrite it either.
        putEntry(WARD, "staff-sickness", day, "{\"value\": 5}").statusCode(409);
        assertEquals(board, board(WARD));
    }

    @Test
    void unknownWardOrMeasureIsNotFound() {
        as("lead").contentType("application/json").body("{\"value\": 0}")
                .put("/api/wards/ward-99/measures/falls/entries/today").then().statusCode(404)
                .contentType("application/problem+json");
        putEntry(WARD, "no-such-measure", "today", "{\"value\": 0}").statusCode(404);
        // A real measure that is not on this ward's board.
        putEntry(WARD, "cancelled-operations", "today", "{\"value\": 0}").statusCode(404);
    }

    @Test
    void everyInvalidInputIsRefusedNamingTheFieldAndNothingChanges() {
        String board = board(WARD);
        String past = TODAY.minusDays(3).toString();
        refused(WARD, "falls", past, "{\"value\": \"none\"}", "value");
        refused(WARD, "falls", past, "{\"value\": 1.5}", "value");
        refused(WARD, "falls", past, "{\"value\": -1}", "value");
        refused(WARD, "falls", past, "{\"value\": true}", "value");
        refused(WARD, "falls", past, "{\"note\": \"forgot the value\"}", "value");
        refused(WARD, "hand-hygiene", past, "{\"value\": 101}", "value");
        refused(WARD, "falls", TODAY.plusDays(1).toString(), "{\"value\": 0}", "date");
        refused(WARD, "falls", "27-11-2026", "{\"value\": 0}", "date");
        refused(WARD, "falls", past, "{\"value\": 0, \"note\": \"" + "x".repeat(201) + "\"}", "note");
        refused(WARD, "falls", past, "{\"value\": 0, \"enteredBy\": \"" + "x".repeat(41) + "\"}", "enteredBy");
        refused(WARD, "falls", past, "{\"value\": 0, ", "body");
        refused(WARD, "falls", past, "{\"value\": 0, \"version\": \"one\"}", "version");
        assertEquals(board, board(WARD));
    }

    @Test
    void yesNoMeasuresTakeTrueOrFalse() {
        String day = TODAY.minusDays(122).toString();
        refused("ward-12", "safe-staffing-agreed", day, "{\"value\": 1}", "value");
        putEntry("ward-12", "safe-staffing-agreed", day, "{\"value\": false}").statusCode(201)
                .body("value", is(0.0f)).body("status", equalTo("RED"));
    }

    private static void refused(String ward, String measure, String date, String body, String field) {
        putEntry(ward, measure, date, body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", hasItem(field));
    }
}
