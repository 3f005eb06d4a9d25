package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PairingTest {

    /** An address of its own, so its flood does not use up the codes other tests need. */
    private static final String FLOODER = "127.0.0.5";

    @Test
    void pairPageShowsAReadableCodeThatStaysPutUntilPaired() {
        TestAuth.Waiting first = TestAuth.startPairing();
        assertEquals(6, first.code().length());
        given().cookie("hb_pairing", first.claimCookie()).get("/pair").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(first.code().substring(0, 3) + " "
                        + first.code().substring(3)));
        TestAuth.Waiting other = TestAuth.startPairing();
        assertNotEquals(first.code(), other.code());
    }

    @Test
    void aFloodFromOneAddressDoesNotStopScreensElsewhereFromPairing() throws Exception {
        // About 520 requests without cookies, as in the attack, each claiming another address.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> flood = new ArrayList<>();
            for (int i = 0; i < 520; i++) {
                String claimed = "198.51.100." + (i % 250);
                flood.add(pool.submit(() -> TestAuth.from(FLOODER).header("X-Forwarded-For", claimed).redirects()
                        .follow(false).get("/pair").andReturn()));
            }
            for (Future<Response> f : flood) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Response> shown = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(PairingService.MAX_WAITING_PER_SOURCE, shown.size(), "one address gets its share and no more");
        for (Response busy : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
            assertEquals(429, busy.statusCode());
            assertEquals("30", busy.header("Retry-After"));
            assertTrue(busy.contentType().startsWith("text/html"), "a page, never JSON: " + busy.contentType());
            assertTrue(busy.asString().contains("data-check-seconds=\"30\"") && busy.asString().contains("/js/pair.js"),
                    "the page tries again by itself");
            assertTrue(busy.asString().contains("<a href=\"/pair\">Check again</a>"), "and says how to, without script");
        }

        // A screen somewhere else still gets a code...
        given().redirects().follow(false).get("/pair").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("pair-code"));
        // ...and a screen on the flooded address that asks again gets its own code back.
        Response mine = shown.get(0);
        String code = mine.htmlPath().getString("**.find { it.@class == 'pair-code' }");
        TestAuth.from(FLOODER).cookie("hb_pairing", mine.cookie("hb_pairing")).get("/pair").then().statusCode(200)
                .body(containsString(code));
    }

    @Test
    void leadPairsADeviceWhichLandsOnItsBoardFromThenOn() {
        TestAuth.Waiting waiting = TestAuth.startPairing();
        as("lead").contentType(ContentType.JSON)
                .body(Map.of("code", waiting.code().substring(0, 3) + "-" + waiting.code().substring(3).toLowerCase(),
                        "ward", "ward-14", "role", "ward", "name", "Huddle tablet"))
                .post("/api/devices").then().statusCode(201)
                .body("ward", equalTo("ward-14")).body("role", equalTo("ward")).body("pairedBy", equalTo("lead"));
        String token = TestAuth.collect(waiting);
        assertEquals(43, token.length(), "256 random bits");
        given().cookie("hb_device", token).get("/api/wards/ward-14/board").then().statusCode(200);
        as("lead").get("/api/devices").then()
                .body("find { it.name == 'Huddle tablet' }.lastSeenAt", notNullValue());
        // The code is used up: nobody can pair a second device with it.
        as("lead").contentType(ContentType.JSON)
                .body(Map.of("code", waiting.code(), "ward", "ward-14", "role", "display", "name", "Again"))
                .post("/api/devices").then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void onlyTheDeviceShowingTheCodeCollectsThePairing() {
        TestAuth.Waiting waiting = TestAuth.startPairing();
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("code", waiting.code(), "ward", "ward-12", "role", "display", "name", "Corridor"))
                .post("/api/devices").then().statusCode(201);
        // Someone who only read the code off the screen gets a fresh code of their own, not the pairing.
        String stolen = given().redirects().follow(false).get("/pair").then().statusCode(200).extract()
                .cookie("hb_device");
        org.junit.jupiter.api.Assertions.assertNull(stolen);
        TestAuth.collect(waiting);
    }

    @Test
    void badPairingRequestsNameTheField() {
        pair("ZZZZZZ", "ward-12", "display", "Nothing shows this").statusCode(400)
                .body("errors.field", hasItem("code"));
        String code = TestAuth.startPairing().code();
        pair(code, "ward-12", "kiosk", "Wrong role").statusCode(400).body("errors.field", hasItem("role"));
        pair(code, "ward-99", "display", "Unknown ward").statusCode(400).body("errors.field", hasItem("ward"));
        pair(code, "ward-12", "display", "").statusCode(400).body("errors.field", hasItem("name"));
        pair(code, "ward-12", "display", "x".repeat(81)).statusCode(400).body("errors.field", hasItem("name"));
        pair(code, "ward-12", "display", "Bed 4 943 476 5919").statusCode(422).body("errors.field", hasItem("name"));
        as("admin").contentType(ContentType.JSON).body("{\"code\": ").post("/api/devices").then().statusCode(400);
    }

    @Test
    void devicesCanBeRenamedAndAreListedWithWardRoleAndName() {
        String token = TestAuth.pair("ward-12", "display", "Old name");
        int id = as("lead").get("/api/devices").then().statusCode(200).extract()
                .path("find { it.name == 'Old name' }.id");
        as("lead").contentType(ContentType.JSON).body(Map.of("name", "Day room screen"))
                .put("/api/devices/" + id).then().statusCode(200).body("name", equalTo("Day room screen"));
        as("lead").get("/api/devices").then()
                .body("find { it.id == " + id + " }.ward", equalTo("ward-12"))
                .body("find { it.id == " + id + " }.role", equalTo("display"))
                .body("find { it.id == " + id + " }.pairedAt", matchesPattern("\\d{4}-.*"));
        given().cookie("hb_device", token).get("/api/wards/ward-12/board").then().statusCode(200);
        as("lead").delete("/api/devices/999999").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse pair(String code, String ward, String role,
            String name) {
        return as("admin").contentType(ContentType.JSON)
                .body(Map.of("code", code, "ward", ward, "role", role, "name", name)).post("/api/devices").then();
    }
}
