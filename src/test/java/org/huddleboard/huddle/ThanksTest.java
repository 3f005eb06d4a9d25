package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Thanks and celebrations over the API, on ward-41 (no other huddle test writes thanks there,
 * and the demo gives it none): shown for the rest of the day, gone the next, taken down on
 * request, only by the ward. Each test takes down what it added, so the ward's wall is as it was.
 */
@QuarkusTest
class ThanksTest {

    private static final String WARD = "ward-41";
    private static final String URL = "/api/wards/" + WARD + "/thanks";

    private final List<Long> made = new ArrayList<>();

    @Inject
    TrustClock clock;

    @BeforeEach
    void pairedAtRealTime() {
        TestAuth.device(WARD, "ward");
        TestAuth.device(WARD, "display");
        TestAuth.device("ward-43", "ward");
    }

    @AfterEach
    void realTimeAndNothingLeftUp() {
        clock.setClock(null);
        List<Integer> up = asTablet(WARD).get(URL).then().statusCode(200).extract().path("id");
        for (long id : made) {
            if (up.contains((int) id)) {
                asTablet(WARD).delete(URL + "/" + id).then().statusCode(204);
            }
        }
        made.clear();
    }

    @Test
    void thanksAreShownTheRestOfTheDayNewestFirstAndGoneTheNext() {
        long first = add(Map.of("text", "Thank you to the night team", "by", "Sister A")).statusCode(201)
                .body("by", equalTo("Sister A")).body("date", equalTo(clock.today().toString()))
                .extract().jsonPath().getLong("id");
        long second = add(Map.of("text", "30 days without a fall")).statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Long> shown = asDisplay(WARD).get(URL).then().statusCode(200).extract().jsonPath().getList("id",
                Long.class);
        assertEquals(true, shown.indexOf(second) >= 0 && shown.indexOf(second) < shown.indexOf(first),
                "newest first: " + shown);
        as("executive").get(URL).then().statusCode(200).body("text", hasItem("30 days without a fall"));
        clock.setClock(Clock.fixed(clock.now().plus(Duration.ofDays(1)), clock.zone()));
        asDisplay(WARD).get(URL).then().statusCode(200).body("id", not(hasItem((int) first)))
                .body("id", not(hasItem((int) second)));
    }

    @Test
    void aNoteTakenDownIsGone() {
        long id = add(Map.of("text", "Well done on the audit")).statusCode(201).extract().jsonPath().getLong("id");
        asTablet("ward-43").delete(URL + "/" + id).then().statusCode(403);
        asDisplay(WARD).delete(URL + "/" + id).then().statusCode(403);
        asTablet(WARD).delete(URL + "/" + id).then().statusCode(204);
        asTablet(WARD).get(URL).then().statusCode(200).body("id", not(hasItem((int) id)));
        asTablet(WARD).delete(URL + "/" + id).then().statusCode(404);
        asTablet(WARD).delete(URL + "/abc").then().statusCode(400);
    }

    @Test
    void onlyTheWardAddsThanksAndWhatIsWrongIsRefused() {
        refused(Map.of("by", "Sam"), 400, "text");
        refused(Map.of("text", "x".repeat(201)), 400, "text");
        refused(Map.of("text", "Thanks", "by", "x".repeat(41)), 400, "by");
        refused(Map.of("text", "Thanks for helping 943 476 5919"), 422, "text");
        asTablet("ward-43").contentType(ContentType.JSON).body(Map.of("text", "Wrong ward")).post(URL).then()
                .statusCode(403);
        asTablet("ward-43").get(URL).then().statusCode(403);
        asDisplay(WARD).contentType(ContentType.JSON).body(Map.of("text", "From the wall")).post(URL).then()
                .statusCode(403);
        as("manager").get(URL).then().statusCode(403);
        asTablet(WARD).get(URL).then().statusCode(200).body("text", not(hasItem("Wrong ward")))
                .body("text", not(hasItem("From the wall")));
    }

    private ValidatableResponse add(Map<String, Object> body) {
        ValidatableResponse r = asTablet(WARD).contentType(ContentType.JSON).body(body).post(URL).then();
        if (r.extract().statusCode() == 201) {
            made.add(r.extract().jsonPath().getLong("id"));
        }
        return r;
    }

    private void refused(Map<String, Object> body, int status, String field) {
        add(body).statusCode(status).body("errors.field", hasItem(field));
    }
}
