package org.huddleboard.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.huddleboard.TestApi.putEntry;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Board text through the real entries PUT and the other places board text is written. */
@QuarkusTest
class BoardTextTest {

    private static final String WARD = "ward-33";
    private static final String MEASURE = "agency-shifts";
    private static final String PATH = "/api/wards/{ward}/measures/{measure}/entries/{date}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each accepted text gets its own past day, so that every one is a first value (201). */
    private static final AtomicInteger DAY = new AtomicInteger(300);

    @Test
    void everyDisguisedNhsNumberIsRefusedInNotesAndNames() {
        for (String text : PublicTextTest.disguisedNhsNumbers()) {
            String day = TODAY.minusDays(DAY.incrementAndGet()).toString();
            putEntry(WARD, MEASURE, day, body(Map.of("value", 1, "note", text)))
                    .statusCode(422).contentType(startsWith(Problem.MEDIA_TYPE))
                    .body("errors[0].field", equalTo("note"));
            putEntry(WARD, MEASURE, day, body(Map.of("value", 1, "enteredBy", text.length() > 40 ? "943 476 5919"
                    : text))).statusCode(422).body("errors[0].field", equalTo("enteredBy"));
            assertNothingSaved(day);
        }
    }

    @Test
    void harmlessTextsAreSavedAsTyped() {
        for (String text : PublicTextTest.harmlessTexts()) {
            if (text.isBlank()) {
                continue;
            }
            String day = TODAY.minusDays(DAY.incrementAndGet()).toString();
            putEntry(WARD, MEASURE, day, body(Map.of("value", 1, "note", text)))
                    .statusCode(201).body("note", equalTo(text));
        }
    }

    @Test
    void controlAndDirectionCharactersAreRefusedWith400NamingTheField() {
        for (String text : List.of("a\u0000b", "red \u001B[31m", "\u202Eevil", "one\u2028two", "one\u2029two",
                "x\u2066y\u2069", "lone \uD800")) {
            String day = TODAY.minusDays(DAY.incrementAndGet()).toString();
            // A lone surrogate cannot be sent as UTF-8 bytes, only as a JSON escape.
            String json = body(Map.of("value", 1, "note", text)).replace("\uD800", "\\ud800");
            putEntry(WARD, MEASURE, day, json)
                    .statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                    .body("errors[0].field", equalTo("note"));
            assertNothingSaved(day);
        }
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "bidi-person", "displayName", "Sam \u202Eevil", "password",
                        "a-long-password-1", "role", "lead"))
                .when().post("/api/people").then().statusCode(400).body("errors[0].field", equalTo("displayName"));
        as("admin").get("/api/people").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("bidi-person")));
        as("admin").contentType(ContentType.JSON).body(Map.of("displayName", "943 476 5919"))
                .when().put("/api/people/lead").then().statusCode(422).body("errors[0].field", equalTo("displayName"));
    }

    @Test
    void deviceNamesFollowTheSameRules() {
        long id = as("admin").contentType(ContentType.JSON)
                .body(Map.of("code", org.huddleboard.TestAuth.startPairing().code(), "ward", WARD, "role", "display",
                        "name", "Corridor screen"))
                .when().post("/api/devices").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "Corridor\u0000screen"))
                .when().put("/api/devices/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("name"));
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "\uFF19\uFF14\uFF13 476 5919"))
                .when().put("/api/devices/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("name"));
    }

    @Test
    void malformedUtf8IsRefusedNotDecodedLeniently() throws Exception {
        String day = TODAY.minusDays(DAY.incrementAndGet()).toString();
        // C0 AF is an overlong "/": a lenient decoder turns it into a character no check ever saw.
        for (byte[] broken : List.of(bytes("{\"value\":1,\"note\":\"a", 0xC0, 0xAF, "b\"}"),
                bytes("{\"value\":1,\"note\":\"", 0xED, 0xA0, 0x80, "\"}"),
                bytes("{\"value\":1,\"note\":\"cut ", 0xE2, 0x82, "\"}"),
                bytes("{\"value\":1,\"note\":\"", 0xFF, "\"}"))) {
            org.huddleboard.TestAuth.asTablet(WARD).contentType("application/json").body(broken)
                    .when().put(PATH, WARD, MEASURE, day)
                    .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                    .body("errors[0].field", equalTo("body"));
        }
        assertNothingSaved(day);
        String another = TODAY.minusDays(DAY.incrementAndGet()).toString();
        org.huddleboard.TestAuth.asTablet(WARD).contentType("application/json; charset=UTF-16")
                .body("{\"value\":1}".getBytes(StandardCharsets.UTF_16BE))
                .when().put(PATH, WARD, MEASURE, another).then().statusCode(415);
        assertNothingSaved(another);

        // Forms too: the same bytes percent-encoded, and a broken escape.
        for (String form : List.of("username=admin%C0%AF&password=x", "username=%ED%A0%80&password=x",
                "username=admin&password=%zz")) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .body(form).when().post("/sign-in").then().statusCode(400);
        }
        // A charset Java does not know used to reach the form decoder. REST Assured cannot send it, so plain HTTP.
        HttpResponse<String> bogus = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=bogus")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, bogus.statusCode(), bogus.body());
    }

    private static void assertNothingSaved(String day) {
        // A correction of a day with no value would need no version: a 201 here proves nothing was saved.
        putEntry(WARD, MEASURE, day, "{\"value\": 2}").statusCode(201);
    }

    private static String body(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        byte[] b = out.toByteArray();
        assertEquals(false, StrictUtf8.isUtf8(b), "the sample must be broken UTF-8");
        return b;
    }
}
