package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Actions agreed at a huddle, over the API, on ward-41 (no other huddle test writes actions
 * there, and the demo gives it none): refused when wrong, carried over until closed, overdue
 * after their day, closed and reopened by version. Each test drops what it left open, so the
 * ward's wall is as it was.
 */
@QuarkusTest
class ActionsTest {

    private static final String WARD = "ward-41";
    private static final String URL = "/api/wards/" + WARD + "/actions";
    /** Passes the NHS number check digit: must never reach a public board. */
    private static final String NHS_NUMBER = "943 476 5919";

    private final List<Long> made = new ArrayList<>();

    @Inject
    TrustClock clock;

    @BeforeEach
    void pairedAtRealTime() {
        // A pairing made under a moved clock would expire with it.
        TestAuth.device(WARD, "ward");
        TestAuth.device(WARD, "display");
        TestAuth.device("ward-43", "ward");
    }

    @AfterEach
    void realTimeAndNothingLeftOpen() {
        clock.setClock(null);
        JsonPath open = asTablet(WARD).get(URL).then().statusCode(200).extract().jsonPath();
        for (long id : made) {
            Integer version = open.get("find { it.id == " + id + " }.version");
            if (version != null) {
                asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", version))
                        .post(URL + "/" + id + "/drop").then().statusCode(200);
            }
        }
        made.clear();
    }

    @Test
    void anActionIsAgreedWithAnOwnerAndADueDay() {
        String today = clock.today().toString();
        JsonPath a = create(Map.of("text", "Chase the hoist repair", "owner", "CN Novak", "dueDate", today))
                .statusCode(201).header("Location", containsString(URL + "/")).extract().jsonPath();
        assertEquals("OPEN", a.getString("state"));
        assertEquals(today, a.getString("createdOn"));
        assertEquals(false, a.getBoolean("overdue"));
        assertEquals(false, a.getBoolean("carriedOver"), "agreed today");
        assertEquals(0, a.getInt("version"));
        as("executive").get(URL).then().statusCode(200)
                .body("find { it.id == " + a.getLong("id") + " }.text", equalTo("Chase the hoist repair"));
        asDisplay(WARD).get(URL).then().statusCode(200).body("id", hasItem(a.getInt("id")));
    }

    @Test
    void whatIsWrongIsRefusedNamingTheField() {
        String today = clock.today().toString();
        String yesterday = clock.today().minusDays(1).toString();
        refused(Map.of("text", "x".repeat(201), "owner", "Sam", "dueDate", today), 400, "text");
        refused(Map.of("text", "  ", "owner", "Sam", "dueDate", today), 400, "text");
        refused(Map.of("text", "Order slide sheets", "dueDate", today), 400, "owner");
        refused(Map.of("text", "Order slide sheets", "owner", "x".repeat(41), "dueDate", today), 400, "owner");
        refused(Map.of("text", "Order slide sheets", "owner", "Sam"), 400, "dueDate");
        refused(Map.of("text", "Order slide sheets", "owner", "Sam", "dueDate", yesterday), 400, "dueDate");
        refused(Map.of("text", "Order slide sheets", "owner", "Sam", "dueDate", "next week"), 400, "dueDate");
        refused(Map.of("text", "Call family of " + NHS_NUMBER, "owner", "Sam", "dueDate", today), 422, "text");
        refused(Map.of("text", "Order slide sheets", "owner", NHS_NUMBER, "dueDate", today), 422, "owner");
        asTablet("ward-43").contentType(ContentType.JSON)
                .body(Map.of("text", "Order slide sheets", "owner", "Sam", "dueDate", today)).post(URL).then()
                .statusCode(403);
        asDisplay(WARD).contentType(ContentType.JSON)
                .body(Map.of("text", "Order slide sheets", "owner", "Sam", "dueDate", today)).post(URL).then()
                .statusCode(403);
        as("manager").get(URL).then().statusCode(403);
        asTablet(WARD).get(URL + "?state=closed").then().statusCode(400).body("errors.field", hasItem("state"));
        asTablet(WARD).get(URL).then().statusCode(200)
                .body("text", not(hasItem("Order slide sheets")));
    }

    @Test
    void anOpenActionIsCarriedOverAndOverdueAfterItsDay() {
        // Agreed at yesterday's huddle, due the day after tomorrow.
        standAt(Duration.ofDays(-1));
        long carried = create(Map.of("text", "Book the bank nurse", "owner", "Sister A",
                "dueDate", clock.today().plusDays(3).toString())).statusCode(201).extract().jsonPath().getLong("id");
        // Agreed three days ago, due the day before yesterday.
        standAt(Duration.ofDays(-3));
        long overdue = create(Map.of("text", "Order more slide sheets", "owner", "CN Osei",
                "dueDate", clock.today().plusDays(1).toString())).statusCode(201).extract().jsonPath().getLong("id");
        clock.setClock(null);
        JsonPath open = asTablet(WARD).get(URL).then().statusCode(200).extract().jsonPath();
        String yesterday = clock.today().minusDays(1).toString();
        assertEquals(true, open.get(at(carried) + ".carriedOver"), "agreed yesterday, still open");
        assertEquals(false, open.get(at(carried) + ".overdue"), "not yet due");
        assertEquals(yesterday, open.get(at(carried) + ".createdOn"));
        assertEquals(true, open.get(at(overdue) + ".overdue"), "due before today");
        assertEquals(true, open.get(at(overdue) + ".carriedOver"));
        List<Long> order = open.getList("id", Long.class);
        assertEquals(true, order.indexOf(overdue) < order.indexOf(carried), "the overdue one first: " + order);
        // Its due day may stay as it was when the text is corrected, though it is now in the past.
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", "Order more slide sheets for bay A",
                "owner", "CN Osei", "dueDate", clock.today().minusDays(2).toString(), "version", 0))
                .put(URL + "/" + overdue).then().statusCode(200).body("version", is(1))
                .body("overdue", is(true));
    }

    @Test
    void doneDroppedAndReopenedByVersion() {
        long id = create(Map.of("text", "Check the fridge log", "owner", "Sr Price",
                "dueDate", clock.today().plusDays(1).toString())).statusCode(201).extract().jsonPath().getLong("id");
        move(id, "done", 1).statusCode(409).body("current.version", is(0)).body("current.state", equalTo("OPEN"))
                .body("detail", containsString("changed on another device"));
        move(id, "done", 0, "Sr Price").statusCode(200).body("state", equalTo("DONE"))
                .body("closedBy", equalTo("Sr Price")).body("closedAt", notNullValue()).body("version", is(1));
        asTablet(WARD).get(URL).then().body("id", not(hasItem((int) id)));
        asTablet(WARD).get(URL + "?state=all").then().body(at(id) + ".state", equalTo("DONE"));
        // A closed action cannot be edited or closed again: reopen it first.
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", "Check the fridge log twice",
                "owner", "Sr Price", "dueDate", clock.today().plusDays(1).toString(), "version", 1))
                .put(URL + "/" + id).then().statusCode(409).body("detail", containsString("reopen it"))
                .body("current.text", equalTo("Check the fridge log"));
        move(id, "drop", 1).statusCode(409).body("detail", containsString("already done"));
        move(id, "reopen", 0).statusCode(409).body("current.version", is(1));
        move(id, "reopen", 1).statusCode(200).body("state", equalTo("OPEN")).body("closedAt", nullValue())
                .body("closedBy", nullValue());
        move(id, "reopen", 2).statusCode(409).body("detail", containsString("already open"));
        move(id, "drop", 2).statusCode(200).body("state", equalTo("DROPPED"));
        move(id, "done", 3).statusCode(409);
        as("lead").contentType(ContentType.JSON).body(Map.of("version", 3))
                .post(URL + "/" + id + "/reopen").then().statusCode(403);
        move(id, "drop", null).statusCode(400).body("errors.field", hasItem("version"));
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(URL + "/999999999/done").then().statusCode(404);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The trust clock this far from the real now. */
    private void standAt(Duration fromNow) {
        clock.setClock(null);
        clock.setClock(Clock.fixed(clock.now().plus(fromNow), clock.zone()));
    }

    private ValidatableResponse create(Map<String, Object> body) {
        ValidatableResponse r = asTablet(WARD).contentType(ContentType.JSON).body(body).post(URL).then();
        Number id = r.extract().path("id");
        if (r.extract().statusCode() == 201) {
            made.add(id.longValue());
        }
        return r;
    }

    private void refused(Map<String, Object> body, int status, String field) {
        create(body).statusCode(status).body("errors.field", hasItem(field));
    }

    private static ValidatableResponse move(long id, String to, Integer version) {
        return move(id, to, version, null);
    }

    private static ValidatableResponse move(long id, String to, Integer version, String by) {
        Map<String, Object> body = new HashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        if (by != null) {
            body.put("by", by);
        }
        return asTablet(WARD).contentType(ContentType.JSON).body(body).post(URL + "/" + id + "/" + to).then();
    }

    private static String at(long id) {
        return "find { it.id == " + id + " }";
    }
}
