package org.huddleboard.escalation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Response targets and the reopen window on a clock the test moves: when an escalation becomes
 * overdue, why, where that shows, and how the lists order it. The clock stands some weeks in the
 * past, so sessions signed in now stay valid while it moves forward by days.
 */
@QuarkusTest
class EscalationTimeTest {

    private static final String WARD = "ward-12";
    private static final ZoneId TRUST = ZoneId.of("Europe/London");

    @Inject
    TrustClock clock;

    /** 10:00 trust time, three weeks ago. */
    private Instant t0;

    @BeforeEach
    void signInBeforeTheClockMoves() {
        clock.setClock(null);
        for (String person : List.of("manager", "executive", "admin", "lead")) {
            TestAuth.session(person);
        }
        TestAuth.device(WARD, "ward");
        TestAuth.device("ward-14", "ward");
        t0 = LocalDate.now(TRUST).minusDays(21).atTime(10, 0).atZone(TRUST).toInstant();
    }

    @AfterEach
    void realTimeAgain() {
        clock.setClock(null);
    }

    @Test
    void urgentNotAcknowledgedWithinTwoHoursIsOverdueWhereverItIsShown() {
        at(t0);
        long id = urgent(WARD, "Oxygen outlet failed in bay 2");
        at(t0.plus(Duration.ofMinutes(119)));
        JsonPath before = one(id);
        assertFalse(before.getBoolean("overdue"));
        assertNull(before.get("overdueReason"));
        assertEquals(t0.plus(Duration.ofHours(2)), Instant.parse(before.getString("acknowledgeBy")));
        assertEquals(t0.plus(Duration.ofHours(24)), Instant.parse(before.getString("resolveBy")));

        at(t0.plus(Duration.ofMinutes(121)));
        JsonPath after = one(id);
        assertTrue(after.getBoolean("overdue"));
        assertEquals("not acknowledged within 2 hours", after.getString("overdueReason"));
        asTablet(WARD).get("/api/wards/" + WARD + "/escalations").then().statusCode(200)
                .body("find { it.id == " + id + " }.overdue", is(true))
                .body("find { it.id == " + id + " }.overdueReason", equalTo("not acknowledged within 2 hours"));
        as("manager").get("/api/escalations").then().statusCode(200)
                .body("find { it.id == " + id + " }.overdue", is(true));
        as("executive").get("/api/escalations?ward=" + WARD).then().statusCode(200)
                .body("find { it.id == " + id + " }.overdue", is(true));

        // Acknowledged late: no longer overdue until the resolve target passes.
        EscalationRulesTest.act(as("manager"), id, "acknowledge", null).statusCode(200)
                .body("overdue", is(false)).body("overdueReason", equalTo(null));
    }

    @Test
    void routineUnansweredByTheNextDaysHuddleIsOverdue() {
        Instant raised = LocalDate.now(TRUST).minusDays(20).atTime(14, 0).atZone(TRUST).toInstant();
        Instant huddle = LocalDate.now(TRUST).minusDays(19).atTime(LocalTime.of(9, 30)).atZone(TRUST).toInstant();
        at(raised);
        long id = Escalations.raise(WARD, "Hoist sling sizes missing");
        at(huddle.minus(Duration.ofMinutes(1)));
        JsonPath before = one(id);
        assertFalse(before.getBoolean("overdue"));
        assertEquals(huddle, Instant.parse(before.getString("answerBy")));
        assertNull(before.get("acknowledgeBy"), "routine ones have no acknowledge target by default");
        // Acknowledging is not answering.
        EscalationRulesTest.act(as("manager"), id, "acknowledge", null).statusCode(200);
        at(huddle.plus(Duration.ofMinutes(1)));
        JsonPath after = one(id);
        assertTrue(after.getBoolean("overdue"));
        assertEquals("not answered by the next day's huddle", after.getString("overdueReason"));
        EscalationRulesTest.act(as("manager"), id, "respond", "Slings ordered, here Thursday").statusCode(200)
                .body("overdue", is(false)).body("state", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void urgentAcknowledgedButUnresolvedAfterADayIsOverdue() {
        at(t0);
        long id = urgent(WARD, "Bay 3 call bells down");
        at(t0.plus(Duration.ofMinutes(30)));
        EscalationRulesTest.act(as("manager"), id, "acknowledge", null).statusCode(200);
        at(t0.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
        assertFalse(one(id).getBoolean("overdue"));
        at(t0.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        assertEquals("not resolved within 24 hours", one(id).getString("overdueReason"));
        // An update is not a resolution.
        EscalationRulesTest.act(as("manager"), id, "respond", "Estates on site this afternoon").statusCode(200)
                .body("overdue", is(true));
        EscalationRulesTest.act(as("manager"), id, "resolve", "Call bells repaired").statusCode(200)
                .body("overdue", is(false)).body("state", equalTo("RESOLVED"));
        at(t0.plus(Duration.ofDays(3)));
        assertFalse(one(id).getBoolean("overdue"), "answered ones are never overdue");
    }

    @Test
    void reopeningRestartsTheResolveClock() {
        at(t0);
        long id = urgent(WARD, "Drug fridge alarming");
        at(t0.plus(Duration.ofMinutes(30)));
        EscalationRulesTest.act(as("manager"), id, "acknowledge", null).statusCode(200);
        at(t0.plus(Duration.ofHours(2)));
        EscalationRulesTest.act(as("manager"), id, "resolve", "Fridge replaced").statusCode(200);
        Instant reopened = t0.plus(Duration.ofHours(20));
        at(reopened);
        EscalationRulesTest.act(asTablet(WARD), id, "reopen", "New fridge alarms too").statusCode(200)
                .body("state", equalTo("OPEN")).body("reopenedAt", equalTo(reopened.toString()));
        at(t0.plus(Duration.ofHours(25)));
        JsonPath later = one(id);
        assertFalse(later.getBoolean("overdue"), "24 hours from the reopening, not from raising");
        assertEquals(reopened.plus(Duration.ofHours(24)), Instant.parse(later.getString("resolveBy")));
        at(reopened.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        assertEquals("not resolved within 24 hours", one(id).getString("overdueReason"));
    }

    @Test
    void theCrossWardListPutsOverdueFirstThenUrgentThenOldest() {
        at(t0);
        long routineOld = Escalations.raise(WARD, "Order: routine, oldest");
        at(t0.plus(Duration.ofMinutes(1)));
        long urgentOverdue = urgent("ward-14", "Order: urgent, overdue");
        at(t0.plus(Duration.ofMinutes(2)));
        long routineNew = Escalations.raise(WARD, "Order: routine, newer");
        at(t0.plus(Duration.ofMinutes(3)));
        long urgentInTime = urgent("ward-14", "Order: urgent, acknowledged");
        at(t0.plus(Duration.ofMinutes(4)));
        EscalationRulesTest.act(as("manager"), urgentInTime, "acknowledge", null).statusCode(200);
        at(t0.plus(Duration.ofMinutes(125)));

        List<Map<String, Object>> list = as("manager").get("/api/escalations").then().statusCode(200).extract()
                .jsonPath().getList("$");
        List<Long> mine = list.stream().map(v -> ((Number) v.get("id")).longValue())
                .filter(id -> List.of(routineOld, urgentOverdue, routineNew, urgentInTime).contains(id)).toList();
        assertEquals(List.of(urgentOverdue, urgentInTime, routineOld, routineNew), mine);
        for (int i = 1; i < list.size(); i++) {
            assertTrue(notWorse(list.get(i - 1), list.get(i)), "worst first at " + i + ": " + list.get(i - 1)
                    + " before " + list.get(i));
        }
        // The ward's own list is oldest first, with the same flag.
        as("lead").get("/api/wards/ward-14/escalations").then().statusCode(200)
                .body("find { it.id == " + urgentOverdue + " }.overdue", is(true))
                .body("find { it.id == " + urgentInTime + " }.overdue", is(false));
    }

    @Test
    void theWardMayReopenWithinSevenDaysOfTheAnswerAndNotAfter() {
        at(t0);
        long inTime = Escalations.raise(WARD, "Reopened in time");
        long handedBack = Escalations.raise(WARD, "Handed back, reopened in time");
        long closedLate = Escalations.raise(WARD, "Closed, reopened too late");
        long resolvedLate = Escalations.raise(WARD, "Resolved, reopened too late");
        Instant answered = t0.plus(Duration.ofHours(1));
        at(answered);
        EscalationRulesTest.act(as("manager"), inTime, "resolve", "Agency nurse booked").statusCode(200);
        EscalationRulesTest.act(as("manager"), handedBack, "hand-back", "Ask the bank office first").statusCode(200);
        EscalationRulesTest.act(as("manager"), closedLate, "resolve", "Agency nurse booked").statusCode(200);
        EscalationRulesTest.act(as("manager"), resolvedLate, "resolve", "Agency nurse booked").statusCode(200);
        at(answered.plus(Duration.ofHours(1)));
        EscalationRulesTest.act(asTablet(WARD), closedLate, "close", null).statusCode(200);

        at(answered.plus(Duration.ofDays(EscalationAction.REOPEN_DAYS)).minus(Duration.ofMinutes(1)));
        asTablet(WARD).get("/api/escalations/" + inTime).then()
                .body("allowedActions", equalTo(List.of("comment", "reopen", "close")));
        EscalationRulesTest.act(asTablet(WARD), inTime, "reopen", "Still short on nights").statusCode(200)
                .body("state", equalTo("OPEN"));
        EscalationRulesTest.act(as("lead"), handedBack, "reopen", "Bank office has nobody").statusCode(200)
                .body("state", equalTo("OPEN")).body("tier", is(2));

        at(answered.plus(Duration.ofDays(EscalationAction.REOPEN_DAYS)).plus(Duration.ofMinutes(1)));
        asTablet(WARD).get("/api/escalations/" + resolvedLate).then()
                .body("allowedActions", equalTo(List.of("comment", "close")));
        EscalationRulesTest.act(asTablet(WARD), resolvedLate, "reopen", "Too late").statusCode(409)
                .body("detail", containsString("within 7 days of the answer"))
                .body("detail", containsString("may do comment, close")).body("current.state", equalTo("RESOLVED"));
        asTablet(WARD).get("/api/escalations/" + closedLate).then().body("allowedActions", equalTo(List.of()));
        EscalationRulesTest.act(asTablet(WARD), closedLate, "reopen", "Too late").statusCode(409)
                .body("detail", containsString("may do nothing"));
        EscalationRulesTest.act(asTablet(WARD), resolvedLate, "close", null).statusCode(200);
        as("manager").get("/api/escalations?status=CLOSED").then()
                .body("id", hasItem((int) resolvedLate)).body("id", hasItem((int) closedLate))
                .body("id", not(hasItem((int) inTime)));
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private void at(Instant instant) {
        clock.setClock(Clock.fixed(instant, TRUST));
    }

    private static long urgent(String ward, String title) {
        return Escalations.raise(ward, title, "URGENT").statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath one(long id) {
        return as("manager").get("/api/escalations/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** a may come before b: overdue first, then urgent, then oldest. */
    private static boolean notWorse(Map<String, Object> a, Map<String, Object> b) {
        boolean ao = (Boolean) a.get("overdue");
        boolean bo = (Boolean) b.get("overdue");
        if (ao != bo) {
            return ao;
        }
        if (!a.get("severity").equals(b.get("severity"))) {
            return a.get("severity").equals("URGENT");
        }
        return !Instant.parse((String) a.get("raisedAt")).isAfter(Instant.parse((String) b.get("raisedAt")));
    }
}
