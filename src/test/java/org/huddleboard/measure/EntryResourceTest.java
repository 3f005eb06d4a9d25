package org.huddleboard.measure;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.huddleboard.TestApi.board;
import static org.huddleboard.TestApi.boardVersion;
import static org.huddleboard.TestApi.putEntry;

import org.huddleboard.TestApi;

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

    @Test
    void looseJsonIsRefusedNamingTheFieldAndNothingChanges() {
        String board = board(WARD);
        String past = TODAY.minusDays(4).toString();
        refused(WARD, "falls", past, "{\"value\": 1} x", "body");
        refused(WARD, "falls", past, "{\"value\": 1} {\"value\": 0}", "body");
        refused(WARD, "falls", past, "{\"value\": 1, \"note\": 5}", "note");
        refused(WARD, "falls", past, "{\"value\": 1, \"note\": true}", "note");
        refused(WARD, "falls", past, "{\"value\": 1, \"enteredBy\": 12}", "enteredBy");
        refused(WARD, "falls", past, "{\"value\": 1, \"version\": \"0\"}", "version");
        refused(WARD, "falls", past, "{\"value\": 1, \"version\": 2.9}", "version");
        refused(WARD, "falls", past, "{\"value\": 1, \"value\": 0}", "value");
        assertEquals(board, board(WARD));
    }

    @Test
    void valuesOutsideTheMeasuresOwnRangeAreRefusedNamingTheRange() {
        String ward = "ward-41";
        String board = board(ward);
        String past = TODAY.minusDays(5).toString();
        putEntry(ward, "length-of-stay", past, "{\"value\": -3.5}").statusCode(400)
                .body("errors.field", hasItem("value"))
                .body("errors.reason", hasItem("must be a number from 0 to 365 (days)"));
        refused(ward, "length-of-stay", past, "{\"value\": 365.5}", "value");
        putEntry(ward, "falls", past, "{\"value\": 31}").statusCode(400)
                .body("errors.reason", hasItem("must be a whole number from 0 to 30 (falls)"));
        refused(ward, "hand-hygiene", past, "{\"value\": -0.1}", "value");
        assertEquals(board, board(ward));
        putEntry(ward, "length-of-stay", TODAY.minusDays(123).toString(), "{\"value\": 0}").statusCode(201);
        putEntry(ward, "staffing-fill-rate", TODAY.minusDays(123).toString(), "{\"value\": 112}").statusCode(201);
    }

    @Test
    void datesOutsideSaneBoundsAreRefusedNamingTheDate() {
        String board = board(WARD);
        for (String day : new String[] { "0000-01-01", "-999999999-01-01", "+999999999-12-31", "1999-12-31",
                "2026-02-30" }) {
            refused(WARD, "falls", day, "{\"value\": 0}", "date");
        }
        assertEquals(board, board(WARD));
        putEntry(WARD, "falls", "2000-01-01", "{\"value\": 0}").statusCode(201);
    }

    @Test
    void theAnswerReportsEnteredAtAsStored() {
        String ward = "ward-41";
        int current = TestApi.todaysEntryVersion(ward, "staff-sickness");
        String version = current < 0 ? "" : ", \"version\": " + current;
        String answered = putEntry(ward, "staff-sickness", "today", "{\"value\": 1" + version + "}")
                .statusCode(current < 0 ? 201 : 200).extract().path("enteredAt");
        String stored = as("executive").get("/api/wards/" + ward + "/board").then().extract()
                .path("measures.find { it.key == 'staff-sickness' }.today.enteredAt");
        assertEquals(stored, answered);
        assertEquals(0, Instant.parse(answered).getNano() % 1000, answered + " has more than microseconds");
    }

    private static void refused(String ward, String measure, String date, String body, String field) {
        putEntry(ward, measure, date, body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", hasItem(field));
    }
}
