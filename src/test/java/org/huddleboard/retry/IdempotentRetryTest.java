package org.huddleboard.retry;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class IdempotentRetryTest {

    private static final String WARD = "ward-23";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TrustClock clock;
    @Inject
    OldKeys oldKeys;

    @Test
    void aMeasureValueSentTwiceWithOneKeyIsSavedOnceAndAnsweredAlike() {
        String day = TODAY.minusDays(200).toString();
        String key = newKey();
        Response first = putEntry(asTablet(WARD), key, day, "{\"value\": 2, \"note\": \"First\"}");
        long boardVersion = org.huddleboard.TestApi.boardVersion(WARD);
        // The tablet never heard the answer and sends the same change again, and again with a later value typed.
        Response second = putEntry(asTablet(WARD), key, day, "{\"value\": 2, \"note\": \"First\"}");
        Response third = putEntry(asTablet(WARD), key, day, "{\"value\": 7}");

        assertEquals(201, first.statusCode());
        assertEquals(null, first.header(IdempotencyInterceptor.REPLAYED));
        for (Response again : List.of(second, third)) {
            assertEquals(201, again.statusCode());
            assertEquals("true", again.header(IdempotencyInterceptor.REPLAYED));
            assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));
            assertEquals(first.header("X-Board-Version"), again.header("X-Board-Version"));
            assertTrue(again.contentType().startsWith("application/json"));
        }
        assertEquals(1, auditLines("staff-sickness " + day));
        assertEquals(boardVersion, org.huddleboard.TestApi.boardVersion(WARD));
        String after = as("admin").get("/api/audit?ward={ward}&limit=2000", WARD).then().extract().jsonPath()
                .getString("find { it.subject == 'staff-sickness " + day + "' }.after");
        assertTrue(after.contains("\"note\":\"First\""), after);
    }

    @Test
    void anIdeaPostedTwiceWithOneKeyMakesOneCard() {
        String key = newKey();
        String title = "Idempotent card " + key.substring(0, 8);
        Response first = createIdea(asTablet(WARD), key, title);
        Response second = createIdea(asTablet(WARD), key, title);

        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals("true", second.header(IdempotencyInterceptor.REPLAYED));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), second.jsonPath().getLong("id"));
        assertEquals(1, cardsTitled(title));
    }

    @Test
    void aRefusedChangeKeepsNoKeySoTheCorrectedRetryIsSaved() {
        String day = TODAY.minusDays(201).toString();
        String key = newKey();
        putEntry(asTablet(WARD), key, day, "{\"value\": \"lots\"}").then().statusCode(400)
                .header(IdempotencyInterceptor.REPLAYED, nullValue());
        putEntry(asTablet(WARD), key, day, "{\"value\": 4}").then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED, nullValue()).body("value", equalTo(4.0f));
        putEntry(asTablet(WARD), key, day, "{\"value\": 4}").then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED, equalTo("true"));
        assertEquals(1, auditLines("staff-sickness " + day));
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeaderAndNothingIsSaved() {
        String day = TODAY.minusDays(202).toString();
        for (String bad : List.of("short", "has spaces in it", "semi;colon-key", "x".repeat(101), "ключ-ключ-ключ")) {
            putEntry(asTablet(WARD), bad, day, "{\"value\": 1}").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("Idempotency-Key"));
        }
        asTablet(WARD).header("Idempotency-Key", newKey()).header("Idempotency-Key", newKey())
                .contentType(ContentType.JSON).body("{\"value\": 1}")
                .put("/api/wards/{ward}/measures/staff-sickness/entries/{date}", WARD, day).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(0, auditLines("staff-sickness " + day));
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        String key = newKey();
        String title = "Two tablets " + key.substring(0, 8);
        RequestSpecification secondTablet = RestAssured.given()
                .cookie("hb_device", TestAuth.pair(WARD, "ward", "Second tablet " + key.substring(0, 6)));
        Response mine = createIdea(asTablet(WARD), key, title);
        Response theirs = createIdea(secondTablet, key, title);

        assertEquals(201, mine.statusCode());
        assertEquals(201, theirs.statusCode());
        assertEquals(null, theirs.header(IdempotencyInterceptor.REPLAYED));
        assertNotEquals(mine.jsonPath().getLong("id"), theirs.jsonPath().getLong("id"));
        assertEquals(2, cardsTitled(title));
    }

    @Test
    void aKeyReusedForAnotherChangeIsRefused() {
        String key = newKey();
        createIdea(asTablet(WARD), key, "Reused key " + key.substring(0, 8)).then().statusCode(201);
        putEntry(asTablet(WARD), key, TODAY.minusDays(203).toString(), "{\"value\": 1}").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(0, auditLines("staff-sickness " + TODAY.minusDays(203)));
    }

    @Test
    void anEndpointAnsweringWithAnObjectReplaysIt() {
        long id = org.huddleboard.escalation.Escalations.raise(WARD, "Idempotent escalation");
        String key = newKey();
        String body = "{\"action\": \"comment\", \"version\": 0, \"text\": \"Bank shift booked\"}";
        Response first = asTablet(WARD).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/escalations/{id}/actions", id);
        Response second = asTablet(WARD).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/escalations/{id}/actions", id);

        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(200, second.statusCode());
        assertEquals("true", second.header(IdempotencyInterceptor.REPLAYED));
        assertEquals(first.jsonPath().getInt("version"), second.jsonPath().getInt("version"));
        assertEquals(1, asTablet(WARD).get("/api/escalations/{id}/timeline", id).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.note == 'Bank shift booked' }").size());
    }

    @Test
    void twoCopiesSentAtOnceMakeOneChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String key = newKey();
                String title = "Sent at once " + key.substring(0, 8);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> sent = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    sent.add(pool.submit(() -> {
                        go.await();
                        return createIdea(asTablet(WARD), key, title);
                    }));
                }
                go.countDown();
                int made = 0;
                for (Future<Response> f : sent) {
                    Response r = f.get();
                    if (r.statusCode() == 201 && r.header(IdempotencyInterceptor.REPLAYED) == null) {
                        made++;
                    } else if (r.statusCode() == 409) {
                        assertEquals("1", r.header("Retry-After"));
                        assertTrue(r.jsonPath().getString("detail").contains("still being saved"), r.asString());
                    } else {
                        assertEquals(201, r.statusCode(), r.asString());
                        assertEquals("true", r.header(IdempotencyInterceptor.REPLAYED));
                    }
                }
                assertEquals(1, made, "round " + round);
                assertEquals(1, cardsTitled(title), "round " + round);
                // Once the first is saved, a retry gets its answer.
                createIdea(asTablet(WARD), key, title).then().statusCode(201)
                        .header(IdempotencyInterceptor.REPLAYED, equalTo("true"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysAreForgottenAfterAWeek() {
        String key = newKey();
        String title = "Old key " + key.substring(0, 8);
        createIdea(asTablet(WARD), key, title).then().statusCode(201);
        try {
            clock.setClock(Clock.offset(Clock.system(clock.zone()), Duration.ofDays(6)));
            oldKeys.deleteOld();
            createIdea(asTablet(WARD), key, title).then().statusCode(201)
                    .header(IdempotencyInterceptor.REPLAYED, equalTo("true"));
            clock.setClock(Clock.offset(Clock.system(clock.zone()), Duration.ofDays(8)));
            oldKeys.deleteOld();
        } finally {
            clock.setClock(null);
        }
        createIdea(asTablet(WARD), key, title).then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED, nullValue());
        assertEquals(2, cardsTitled(title));
    }

    @Test
    void theHeaderIsInTheOpenApiDocumentOfEachIdempotentWrite() {
        io.restassured.path.json.JsonPath doc = RestAssured.given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String op : List.of("'/api/wards/{ward}/measures/{measure}/entries/{date}'.put",
                "'/api/wards/{ward}/ideas'.post", "'/api/escalations/{id}/actions'.post",
                "'/api/wards/{ward}/escalations'.post", "'/api/wards/{ward}/ideas/adoptions'.post")) {
            List<String> headers = doc.getList("paths." + op + ".parameters.findAll { it.in == 'header' }.name");
            assertEquals(List.of("Idempotency-Key"), headers, op);
        }
        assertEquals(List.of(), doc.getList("paths.'/api/wards/{ward}/ideas'.get.parameters.findAll { it.in == 'header' }"));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static Response putEntry(RequestSpecification as, String key, String day, String body) {
        return as.header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .put("/api/wards/{ward}/measures/staff-sickness/entries/{date}", WARD, day);
    }

    private static Response createIdea(RequestSpecification as, String key, String title) {
        return as.header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"problem\": \"Retries\", \"idea\": \"Send a key\", "
                        + "\"qualityAim\": \"OUTCOMES\"}")
                .post("/api/wards/{ward}/ideas", WARD);
    }

    private static int cardsTitled(String title) {
        return asTablet(WARD).get("/api/wards/{ward}/ideas", WARD).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.title == '" + title + "' }").size();
    }

    private static int auditLines(String subject) {
        return as("admin").get("/api/audit?ward={ward}&limit=2000", WARD).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.subject == '" + subject + "' && it.action.startsWith('measure-entry.') }")
                .size();
    }
}
