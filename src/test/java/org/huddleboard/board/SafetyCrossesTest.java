package org.huddleboard.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.huddleboard.TestApi.putEntry;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.audit.AuditEvent;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Several safety crosses on one ward, and harm present on admission, through the API. */
@QuarkusTest
class SafetyCrossesTest {

    private static final String WARD = "ward-cross-api";

    @Inject
    CrossFixtures fixtures;
    @Inject
    TrustClock clock;

    @BeforeEach
    void ward() {
        fixtures.ward(WARD);
    }

    @AfterEach
    void cleanUp() {
        fixtures.delete(WARD);
    }

    private static JsonPath board() {
        return as("executive").get("/api/wards/{ward}/board", WARD).then().statusCode(200).extract().jsonPath();
    }

    private static String wall() {
        return as("executive").get("/wards/{ward}/board", WARD).then().statusCode(200).extract().asString();
    }

    private static String cross(String measure) {
        return "safetyCrosses.find { it.measure == '" + measure + "' }";
    }

    @Test
    void aWardHasACrossForEachHarmMeasureItChose() {
        as("executive").get("/api/wards/{ward}/board", WARD).then().statusCode(200)
                .body("safetyCrosses.measure", contains("falls", "pressure-ulcers"))
                .body("safetyCrosses.measureName", contains("Falls", "Pressure ulcers"));
        JsonPath board = board();
        LocalDate today = clock.today();
        List<Boolean> todays = board.getList(cross("falls") + ".days.today", Boolean.class);
        assertEquals(today.lengthOfMonth(), todays.size());
        assertEquals(List.of(today.getDayOfMonth() - 1), indexesOf(todays, true), "one box is today, today's");
        String wall = wall();
        String label = "aria-label=\"" + today.getDayOfMonth() + " "
                + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                + ": not recorded, today\"";
        assertEquals(2, wall.split(label, -1).length - 1, "today's box in each cross says so: " + label);
        assertEquals(2, wall.split("class=\"safety\"", -1).length - 1, "two crosses on the wall");
    }

    @Test
    void harmPresentOnAdmissionHasItsMarkAndDoesNotResetTheDaysSinceHarm() {
        LocalDate today = clock.today();
        fixtures.entry(WARD, "pressure-ulcers", today.minusDays(12), 1, false);
        assertEquals(12, board().getInt(cross("pressure-ulcers") + ".daysSinceLastHarm"));

        putEntry(WARD, "pressure-ulcers", "today", "{\"value\": 2, \"presentOnAdmission\": true, \"enteredBy\": \"CT\"}")
                .statusCode(201).body("presentOnAdmission", is(true)).body("value", is(2.0f));
        JsonPath board = board();
        assertEquals(12, board.getInt(cross("pressure-ulcers") + ".daysSinceLastHarm"),
                "harm the patient came in with is not the ward's harm");
        int todayIndex = today.getDayOfMonth() - 1;
        assertEquals("ON_ADMISSION", board.getString(cross("pressure-ulcers") + ".days[" + todayIndex + "].mark"));
        assertTrue(wall().contains(": present on admission, today\""), "today's box says present on admission");
        assertEquals(Boolean.TRUE, board.get("measures.find { it.key == 'pressure-ulcers' }.today.presentOnAdmission"));
        assertEquals("NOT_RECORDED", board.getString(cross("falls") + ".days[" + todayIndex + "].mark"),
                "the other cross is its own");

        // Audited like the value: the flag is in the entry's before and after.
        String after = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> find(
                "wardCode = ?1 and action = 'measure-entry.created' order by id desc", WARD).firstResult().afterValue);
        assertTrue(after.contains("\"presentOnAdmission\":true"), after);

        // Corrected to harm on the ward: the count starts again.
        int version = TestApi.todaysEntryVersion(WARD, "pressure-ulcers");
        putEntry(WARD, "pressure-ulcers", "today", "{\"value\": 2, \"version\": " + version + "}").statusCode(200)
                .body("presentOnAdmission", is(false));
        board = board();
        assertEquals(0, board.getInt(cross("pressure-ulcers") + ".daysSinceLastHarm"));
        assertEquals("HARM", board.getString(cross("pressure-ulcers") + ".days[" + todayIndex + "].mark"));
        String before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> find(
                "wardCode = ?1 and action = 'measure-entry.corrected' order by id desc", WARD).firstResult()
                .beforeValue);
        assertTrue(before.contains("\"presentOnAdmission\":true"), before);
    }

    @Test
    void oneDaySinceHarmIsSaidInTheSingular() {
        LocalDate today = clock.today();
        fixtures.entry(WARD, "falls", today.minusDays(1), 1, false);
        fixtures.entry(WARD, "falls", today, 0, false);
        JsonPath board = board();
        assertEquals(1, board.getInt(cross("falls") + ".daysSinceLastHarm"));
        assertTrue(wall().contains("<span class=\"days-since-number\">1</span> <span class=\"days-since-label\">day since last harm</span>"),
                "1 day, not 1 days");
    }

    @Test
    void presentOnAdmissionIsRefusedWhereItMeansNothingNamingTheField() {
        String board = TestApi.board(WARD);
        refused("hand-hygiene", "{\"value\": 96, \"presentOnAdmission\": true}",
                "applies only to a harm measure with a safety cross on this ward, and hand-hygiene has none");
        refused("falls", "{\"value\": 0, \"presentOnAdmission\": true}",
                "can be true only when harm was recorded (a value above 0)");
        refused("falls", "{\"value\": 1, \"presentOnAdmission\": \"yes\"}", null);
        refused("falls", "{\"value\": 1, \"presentOnAdmission\": 1}", null);
        refused("falls", "{\"value\": 1, \"presentOnAdmission\": \"true\"}", null);
        assertEquals(board, TestApi.board(WARD), "nothing saved");
        // False is no claim, so it is accepted anywhere.
        putEntry(WARD, "hand-hygiene", "today", "{\"value\": 96, \"presentOnAdmission\": false}").statusCode(201)
                .body("presentOnAdmission", is(false));
        as("executive").get("/api/wards/{ward}/board", WARD).then()
                .body(cross("hand-hygiene"), nullValue());
    }

    private static void refused(String measure, String body, String reason) {
        var then = putEntry(WARD, measure, "today", body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("presentOnAdmission"));
        if (reason != null) {
            then.body("errors.reason", hasItem(reason));
        }
    }

    private static List<Integer> indexesOf(List<Boolean> list, boolean value) {
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                found.add(i);
            }
        }
        return found;
    }
}
