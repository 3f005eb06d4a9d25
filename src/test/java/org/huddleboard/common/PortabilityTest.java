package org.huddleboard.common;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.huddleboard.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Where H2 and PostgreSQL differ, and what the app does so that users see the same on both. The
 * whole suite runs on each (.ci/run); these name the differences found.
 */
@QuarkusTest
class PortabilityTest {

    /** PostgreSQL will not take a NUL as text (a server error); H2 looked it up and found nothing. */
    @Test
    void aNulInAPathOrQueryIsRefusedWithTheFieldOnEitherDatabase() {
        as("admin").urlEncodingEnabled(false).get("/api/wards/ward%00/board").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("errors[0].field", equalTo("path"))
                .body("errors[0].reason", equalTo("contains a NUL character (%00)"));
        as("admin").urlEncodingEnabled(false).get("/api/escalations?ward=ward-12%00").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE)).body("errors[0].field", equalTo("ward"));
        as("admin").urlEncodingEnabled(false).get("/wards/ward%00/board").then().statusCode(400)
                .contentType(startsWith("text/html"));
    }

    /** A sign-in with a NUL in the name is an unknown name on both, not a server error on one. */
    @Test
    void aNulInASignInNameIsAnUnknownName() {
        io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded")
                .body("username=lead%00&password=whatever-it-is").post("/sign-in").then().statusCode(401);
    }

    /** Both keep microseconds: a value saved is answered with the time it was stored with, on either. */
    @Test
    void timesRoundTripToTheMicrosecondOnEitherDatabase() {
        String entry = "/api/wards/ward-12/measures/delayed-discharges/entries/2025-06-01";
        String saved = as("lead").contentType("application/json").body("{\"value\": 2}").put(entry).then()
                .statusCode(201).extract().path("enteredAt");
        // Sent again without its version: refused, with the entry as stored.
        String stored = as("lead").contentType("application/json").body("{\"value\": 3}").put(entry).then()
                .statusCode(409).extract().path("current.enteredAt");
        assertEquals(Instant.parse(saved), Instant.parse(stored), "on " + (TestDatabase.postgres() ? "PostgreSQL" : "H2"));
        assertEquals(0, Instant.parse(stored).getNano() % 1000, "no finer than microseconds");
    }
}
