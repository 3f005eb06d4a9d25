package org.huddleboard.escalation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Response-time targets an admin sets: they change what is overdue at once, "next-huddle" is the
 * ward's own huddle time, every field is checked, and only an admin writes. Each test puts the
 * configured targets back, since the other escalation tests share the database.
 */
@QuarkusTest
class ResponseTargetsTest {

    private static final ZoneId TRUST = ZoneId.of("Europe/London");

    @Inject
    TrustClock clock;

    private Instant t0;

    @BeforeEach
    void signInBeforeTheClockMoves() {
        clock.setClock(null);
        for (String person : List.of("manager", "executive", "admin", "lead")) {
            TestAuth.session(person);
        }
        TestAuth.device("ward-12", "ward");
        TestAuth.device("ward-14", "ward");
        t0 = LocalDate.now(TRUST).minusDays(21).atTime(10, 0).atZone(TRUST).toInstant();
    }

    @AfterEach
    void configuredTargetsAndRealTimeAgain() {
        clock.setClock(null);
        put("urgent", "PT2H", "none", "PT24H", version("urgent")).statusCode(200);
        put("routine", "none", "next-huddle", "none", version("routine")).statusCode(200);
        wardHuddleTime("ward-14", null);
    }

    @Test
    void aStoredTargetChangesWhatIsOverdue() {
        clock.setClock(Clock.fixed(t0, TRUST));
        long id = Escalations.raise("ward-12", "Hoist sling missing", "URGENT").statusCode(201).extract().jsonPath()
                .getLong("id");
        clock.setClock(Clock.fixed(t0.plus(Duration.ofMinutes(45)), TRUST));
        assertFalse(one(id).getBoolean("overdue"), "the configured 2 hours have not passed");

        put("urgent", "PT30M", "none", "PT24H", version("urgent")).statusCode(200)
                .body("acknowledge", is("PT30M")).body("acknowledgeWords", is("within 30 minutes"))
                .body("source", is("stored"));
        JsonPath now = one(id);
        assertTrue(now.getBoolean("overdue"), "past the stored 30 minutes");
        assertEquals("not acknowledged within 30 minutes", now.getString("overdueReason"));
        assertEquals(t0.plus(Duration.ofMinutes(30)), Instant.parse(now.getString("acknowledgeBy")));
        as("manager").get("/api/escalations").then()
                .body("find { it.id == " + id + " }.overdue", is(true));

        put("urgent", "none", "none", "PT24H", version("urgent")).statusCode(200);
        assertFalse(one(id).getBoolean("overdue"), "no acknowledge target: not overdue any more");
    }

    @Test
    void nextHuddleIsTheWardsOwnHuddleTimeWhenItHasOne() {
        put("routine", "none", "next-huddle", "none", version("routine")).statusCode(200);
        wardHuddleTime("ward-14", LocalTime.of(7, 15));
        clock.setClock(Clock.fixed(t0, TRUST));
        long own = Escalations.raise("ward-14", "Linen cupboard empty");
        long trust = Escalations.raise("ward-12", "Linen cupboard empty too");
        Instant nextDay = LocalDate.ofInstant(t0, TRUST).plusDays(1).atStartOfDay(TRUST).toInstant();
        assertEquals(LocalDate.ofInstant(t0, TRUST).plusDays(1).atTime(7, 15).atZone(TRUST).toInstant(),
                Instant.parse(one(own).getString("answerBy")), "ward-14 huddles at 07:15");
        assertEquals(LocalDate.ofInstant(t0, TRUST).plusDays(1).atTime(9, 30).atZone(TRUST).toInstant(),
                Instant.parse(one(trust).getString("answerBy")), "ward-12 has no time of its own: the trust's 09:30");
        assertTrue(nextDay.isBefore(Instant.parse(one(own).getString("answerBy"))));
        clock.setClock(Clock.fixed(LocalDate.ofInstant(t0, TRUST).plusDays(1).atTime(8, 0).atZone(TRUST).toInstant(),
                TRUST));
        assertTrue(one(own).getBoolean("overdue"), "past ward-14's 07:15 huddle");
        assertFalse(one(trust).getBoolean("overdue"), "before the trust's 09:30 huddle");
    }

    @Test
    void readShowsEachSeverityInWordsAndWhereItCameFrom() {
        as("lead").get("/api/response-targets").then().statusCode(200)
                .body("severity", is(List.of("urgent", "routine")))
                .body("find { it.severity == 'urgent' }.acknowledge", is("PT2H"))
                .body("find { it.severity == 'urgent' }.acknowledgeWords", is("within 2 hours"))
                .body("find { it.severity == 'routine' }.answerWords", is("by the next day's huddle"))
                .body("find { it.severity == 'routine' }.resolveWords", is("no target"))
                .body("source", hasItem(org.hamcrest.Matchers.anyOf(is("stored"), is("configured"))));
    }

    @Test
    void everyFieldIsCheckedAndAStaleVersionRefused() {
        int v = version("urgent");
        put("urgent", "soon", "none", "PT24H", v).statusCode(400).body("errors[0].field", is("acknowledge"));
        put("urgent", "PT2H", "PT0S", "PT24H", v).statusCode(400).body("errors[0].field", is("answer"));
        put("urgent", "PT2H", "none", "-PT1H", v).statusCode(400).body("errors[0].field", is("resolve"));
        put("urgent", "PT2H", "none", "PT90S", v).statusCode(400).body("errors[0].field", is("resolve"));
        put("urgent", "PT2H", "none", "P400D", v).statusCode(400).body("errors[0].field", is("resolve"));
        put("urgent", null, "none", "PT24H", v).statusCode(400).body("errors[0].field", is("acknowledge"));
        put("urgent", "PT2H", "none", "PT24H", null).statusCode(400).body("errors[0].field", is("version"));
        put("someday", "PT2H", "none", "PT24H", v).statusCode(404);
        as("admin").get("/api/response-targets").then().body("find { it.severity == 'urgent' }.acknowledge",
                is("PT2H"));

        put("urgent", "PT1H", "none", "PT24H", v).statusCode(200).body("version", is(v + 1));
        put("urgent", "PT3H", "none", "PT24H", v).statusCode(409).body("current.acknowledge", is("PT1H"));
        as("admin").get("/api/response-targets").then().body("find { it.severity == 'urgent' }.acknowledge",
                is("PT1H"));
    }

    @Test
    void onlyAnAdminWrites() {
        Map<String, Object> body = Map.of("acknowledge", "PT1H", "answer", "none", "resolve", "none", "version",
                version("routine"));
        for (String who : List.of("lead", "manager", "executive")) {
            as(who).contentType(ContentType.JSON).body(body).put("/api/response-targets/routine").then().statusCode(403);
        }
        asTablet("ward-12").contentType(ContentType.JSON).body(body).put("/api/response-targets/routine").then()
                .statusCode(403);
        RestAssured.given().contentType(ContentType.JSON).body(body).put("/api/response-targets/routine").then()
                .statusCode(401);
        as("admin").get("/api/response-targets").then().body("find { it.severity == 'routine' }.acknowledge",
                is("none"));
    }

    static ValidatableResponse put(String severity, String acknowledge, String answer, String resolve,
            Integer version) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("acknowledge", acknowledge);
        body.put("answer", answer);
        body.put("resolve", resolve);
        body.put("version", version);
        return as("admin").contentType(ContentType.JSON).body(body).put("/api/response-targets/" + severity).then();
    }

    static int version(String severity) {
        return as("admin").get("/api/response-targets").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.severity == '" + severity + "' }.version");
    }

    private static JsonPath one(long id) {
        return as("manager").get("/api/escalations/" + id).then().statusCode(200).extract().jsonPath();
    }

    static void wardHuddleTime(String code, LocalTime time) {
        QuarkusTransaction.requiringNew().run(() -> Ward.findByCode(code).orElseThrow().huddleTime = time);
    }
}
