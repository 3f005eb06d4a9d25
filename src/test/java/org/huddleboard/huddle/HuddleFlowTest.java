package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A huddle on a ward's tablet: start, correct, end; one at a time; ended automatically when forgotten. */
@QuarkusTest
class HuddleFlowTest {

    private static final String WARD = "ward-43";

    @Inject
    TrustClock clock;
    @Inject
    HuddleService huddles;

    @AfterEach
    void realTimeAndNoHuddleLeftOpen() {
        clock.setClock(Clock.system(clock.zone()));
        Huddles.endAny(WARD);
    }

    @Test
    void startCorrectAndEndAHuddle() {
        long id = Huddles.start(WARD, "Sister K", 6, List.of("NURSE_IN_CHARGE", "HCA", "DOCTOR"));
        asTablet(WARD).get("/api/wards/" + WARD + "/huddles/current").then().statusCode(200)
                .body("id", is((int) id)).body("inProgress", is(true)).body("facilitator", equalTo("Sister K"))
                .body("attendance", is(6)).body("roles", equalTo(List.of("NURSE_IN_CHARGE", "HCA", "DOCTOR")))
                .body("targetMinutes", is(10)).body("durationMinutes", nullValue());
        // Two more arrive, and the staffing note is added, based on version 0.
        asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("facilitator", "Sister K", "attendance", 8, "roles", List.of("NURSE_IN_CHARGE"),
                        "notes", "One HCA short on the late shift", "version", 0))
                .put("/api/wards/" + WARD + "/huddles/" + id).then().statusCode(200)
                .body("attendance", is(8)).body("notes", equalTo("One HCA short on the late shift"))
                .body("version", is(1));
        // A second tablet still on version 0 is told, with the huddle as it is now.
        asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("facilitator", "Sister K", "attendance", 7, "version", 0))
                .put("/api/wards/" + WARD + "/huddles/" + id).then().statusCode(409)
                .body("current.attendance", is(8));
        as("manager").contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/wards/" + WARD + "/huddles/" + id + "/end").then().statusCode(403);
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/wards/" + WARD + "/huddles/" + id + "/end").then().statusCode(200)
                .body("inProgress", is(false)).body("endedAt", notNullValue())
                .body("durationMinutes", notNullValue()).body("autoEnded", is(false));
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", 2))
                .post("/api/wards/" + WARD + "/huddles/" + id + "/end").then().statusCode(409)
                .body("detail", containsString("already ended"));
        asTablet(WARD).get("/api/wards/" + WARD + "/huddles/current").then().statusCode(404);
        as("executive").get("/api/wards/" + WARD + "/huddles?days=1").then().statusCode(200)
                .body("[0].held", is(true)).body("[0].huddles.id", hasItem((int) id));
        asTablet(WARD).get("/api/wards/" + WARD + "/huddles/facilitators").then().statusCode(200)
                .body("[0]", equalTo("Sister K"));
    }

    @Test
    void oneHuddleAtATime() {
        long id = Huddles.start(WARD, "Sister K", 5, List.of());
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("facilitator", "Charge Nurse B", "attendance", 4))
                .post("/api/wards/" + WARD + "/huddles").then().statusCode(409)
                .body("current.id", is((int) id)).body("detail", containsString("already in progress"));
    }

    @Test
    void refusesWhatIsWrong() {
        String url = "/api/wards/" + WARD + "/huddles";
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("attendance", 4)).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("facilitator"));
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("facilitator", "K", "attendance", 0)).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("attendance"));
        asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("facilitator", "K", "attendance", 3, "roles", List.of("SURGEON"))).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("facilitator", "x".repeat(41), "attendance", 3))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("facilitator"));
        asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("facilitator", "K", "attendance", 3))
                .post(url).then().statusCode(403);
        asTablet(WARD).get(url + "/999999").then().statusCode(404);
        asTablet(WARD).get(url + "/abc").then().statusCode(400);
    }

    @Test
    void aHuddleLeftOpenIsEndedAutomaticallyAndMarkedSo() {
        long id = Huddles.start(WARD, "Sister K", 5, List.of());
        Instant later = clock.now().plus(Duration.ofMinutes(61));
        clock.setClock(Clock.fixed(later, clock.zone()));
        assertEquals(1, huddles.endForgotten());
        asTablet(WARD).get("/api/wards/" + WARD + "/huddles/" + id).then().statusCode(200)
                .body("inProgress", is(false)).body("autoEnded", is(true)).body("durationMinutes", is(60.0f));
        assertEquals(0, huddles.endForgotten());
    }

    @Test
    void aLeadSetsTheLengthTheNextHuddleRunsAgainst() {
        String url = "/api/wards/ward-12/huddle-settings";
        asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("huddleMinutes", 15)).put(url).then()
                .statusCode(403);
        as("lead").contentType(ContentType.JSON).body(Map.of("huddleMinutes", 45)).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("huddleMinutes"));
        try {
            as("lead").contentType(ContentType.JSON).body(Map.of("huddleMinutes", 15)).put(url).then()
                    .statusCode(200).body("huddleMinutes", is(15));
            long id = Huddles.start("ward-12", "Sister K", 5, List.of());
            asTablet("ward-12").get("/api/wards/ward-12/huddles/" + id).then().body("targetMinutes", is(15));
            Huddles.endAny("ward-12");
        } finally {
            as("lead").contentType(ContentType.JSON).body(Map.of("huddleMinutes", 10)).put(url).then()
                    .statusCode(200);
        }
    }
}
