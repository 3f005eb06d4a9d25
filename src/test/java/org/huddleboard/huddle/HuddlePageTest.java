package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The huddle page of a ward tablet as the server renders it, on a day of its own (the trust's
 * clock set to March 2023, long before the huddles other tests start) so that what is entered "today" is known.
 */
@QuarkusTest
class HuddlePageTest {

    private static final String WARD = "ward-43";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant TODAY = Instant.parse("2023-03-15T08:30:00Z");
    private final List<Long> actions = new ArrayList<>();

    @Inject
    TrustClock clock;

    @AfterEach
    void realTimeNothingLeftOpen() {
        try {
            for (long id : actions) {
                int version = asTablet(WARD).get("/api/wards/" + WARD + "/actions?state=all").then().extract()
                        .path("find { it.id == " + id + " }.version");
                asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", version))
                        .post("/api/wards/" + WARD + "/actions/" + id + "/drop").then().statusCode(200);
            }
            Huddles.endAny(WARD);
        } finally {
            clock.setClock(null);
        }
    }

    @Test
    void showsTheStepsMeasuresNotEnteredFirstWithYesterdayRecentFacilitatorsAndActionsCarriedOver() {
        standAt(TODAY.minusSeconds(2 * 86400));
        actions.add(action("Chase the hoist repair", "Sam", "2023-03-13"));
        standAt(TODAY.minusSeconds(86400));
        actions.add(action("Order more slide sheets", "Jo", "2023-03-17"));
        TestApi.putEntry(WARD, "obs-on-time", "2023-03-14", "{\"value\": 87}").statusCode(201);
        TestApi.putEntry(WARD, "agency-shifts", "2023-03-14", "{\"value\": 2}").statusCode(201);
        TestApi.putEntry(WARD, "falls", "2023-03-14", "{\"value\": 0}").statusCode(201);
        Huddles.start(WARD, "Sister P", 7, List.of("NURSE_IN_CHARGE"));
        Huddles.endAny(WARD);
        standAt(TODAY);
        TestApi.putEntry(WARD, "discharges-before-noon", "today", "{\"value\": 30}").statusCode(201);
        actions.add(action("Book the bank nurse", "Ali", "2023-03-15"));

        String page = asTablet(WARD).get("/wards/{ward}/huddle", WARD).then().statusCode(200).extract().asString();

        assertEquals(List.of("safety", "measures", "flow", "ideas", "escalations", "actions", "thanks"),
                all(page, "<button type=\"button\" class=\"step[^\"]*\" data-step=\"([a-z]+)\""), "the agenda");
        assertTrue(page.contains("0 of 7 steps done"), "the progress figure");
        assertTrue(page.contains("id=\"start-huddle\""), "no huddle running: the start button");
        assertTrue(page.contains("No huddle yet today"), "yesterday's huddle is not today's");

        // The safety check: the safety cross's measure first, "No harm" one tap away.
        List<String> safety = all(section(page, "safety"), "data-measure=\"([a-z-]+)\"");
        assertEquals(List.of("falls", "pressure-ulcers"), safety);
        assertTrue(row(page, "falls").contains("data-set=\"0\">No harm (0)<"), row(page, "falls"));
        assertTrue(row(page, "falls").contains("Yesterday: <strong class=\"yesterday-value\">0<"));

        // The other measures: those with no value today first, the one entered last.
        List<String> measures = all(section(page, "measures"), "data-measure=\"([a-z-]+)\"");
        assertEquals(4, measures.size(), measures.toString());
        assertEquals("discharges-before-noon", measures.get(3), "entered today, so last: " + measures);
        String obs = row(page, "obs-on-time");
        assertTrue(obs.contains("Yesterday: <strong class=\"yesterday-value\">87%<"), obs);
        assertTrue(obs.contains("Now: <strong class=\"current-value\">–<") && obs.contains("not entered yet"), obs);
        assertTrue(obs.contains("inputmode=\"decimal\"") && obs.contains("Same as yesterday (87%)"), obs);
        String agency = row(page, "agency-shifts");
        assertTrue(agency.contains("inputmode=\"numeric\"") && agency.contains("data-set=\"0\">None (0)<")
                && agency.contains("data-set=\"2\">Same as yesterday (2)<"), agency);
        assertTrue(row(page, "discharges-before-noon").contains("Now: <strong class=\"current-value\">30%<"));
        assertTrue(section(page, "measures").contains("3 to enter"), "what is still to enter is counted");

        // Starting: the recent facilitator one tap away, roles as toggles.
        assertTrue(page.contains("class=\"chip recent-facilitator\" data-value=\"Sister P\">Sister P<"));
        for (HuddleRole r : HuddleRole.values()) {
            assertTrue(page.contains("data-role=\"" + r.name() + "\" aria-pressed=\"false\">" + r.label + "<"), r.label);
        }

        // Actions: overdue first, marked with the icon and the word; carried over ones say from when.
        String list = between(page, "id=\"actions-part\"", "</ul>");
        int overdue = list.indexOf("Chase the hoist repair");
        int later = list.indexOf("Order more slide sheets");
        int todays = list.indexOf("Book the bank nurse");
        assertTrue(overdue > 0 && later > 0 && todays > 0 && overdue < todays && todays < later, list);
        String first = item(list, "action-" + actions.get(0));
        assertTrue(list.contains("class=\"action is-overdue is-carried\" id=\"action-" + actions.get(0) + "\""), list);
        assertTrue(first.contains("/img/overdue.svg") && first.contains("<strong>Overdue</strong>")
                && first.contains("from Mon 13 Mar") && first.contains("Due Mon 13 Mar"), first);
        String second = item(list, "action-" + actions.get(1));
        assertTrue(second.contains("from Tue 14 Mar") && second.contains("Due Fri 17 Mar") && !second.contains("Overdue"),
                second);
        String third = item(list, "action-" + actions.get(2));
        assertTrue(third.contains("Due today") && !third.contains("from "), third);

        // A running huddle: its timer's data, the attendance counter and the end button.
        Huddles.start(WARD, "Sister P", 9, List.of("NURSE_IN_CHARGE", "DOCTOR"));
        String running = asTablet(WARD).get("/wards/{ward}/huddle/part/huddle", WARD).then().statusCode(200).extract()
                .asString();
        assertTrue(running.contains("data-in-progress=\"true\"") && running.contains("Huddle in progress")
                && running.contains("id=\"attendance-now\" class=\"counter-value\" aria-live=\"polite\">9<")
                && running.contains("Nurse in charge, Doctors") && running.contains("id=\"end-huddle\"")
                && running.contains("data-target-minutes=\"10\""), running);
    }

    @Test
    void onlyTheWardsTabletsAndLeadsOpenItAndTheOldAddressLeadsThere() {
        asTablet(WARD).get("/wards/{ward}/huddle", WARD).then().statusCode(200);
        as("lead").get("/wards/ward-12/huddle").then().statusCode(200);
        asDisplay(WARD).get("/wards/{ward}/huddle", WARD).then().statusCode(403);
        asDisplay(WARD).get("/wards/{ward}/huddle/part/measures", WARD).then().statusCode(403);
        as("manager").get("/wards/{ward}/huddle", WARD).then().statusCode(403);
        asTablet("ward-12").get("/wards/{ward}/huddle", WARD).then().statusCode(403);
        asTablet(WARD).get("/wards/no-such-ward/huddle").then().statusCode(404);
        asTablet(WARD).get("/wards/{ward}/huddle/part/nothing", WARD).then().statusCode(404);
        for (String part : List.of("measures", "huddle", "actions", "thanks")) {
            asTablet(WARD).get("/wards/{ward}/huddle/part/" + part, WARD).then().statusCode(200);
        }
        asTablet(WARD).redirects().follow(false).get("/wards/{ward}/update", WARD).then().statusCode(303)
                .header("Location", endsWith("/wards/" + WARD + "/huddle"));
        asTablet(WARD).redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/wards/" + WARD + "/huddle"));
    }

    private void standAt(Instant instant) {
        clock.setClock(Clock.fixed(instant, LONDON));
    }

    private static long action(String text, String owner, String due) {
        return asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", text, "owner", owner, "dueDate", due))
                .post("/api/wards/" + WARD + "/actions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String section(String page, String step) {
        return between(page, "<section id=\"step-" + step + "\"", "</section>");
    }

    private static String row(String page, String measure) {
        return between(page, "<div class=\"measure-row\" id=\"row-" + measure + "\"", "class=\"row-state");
    }

    private static String item(String html, String id) {
        return between(html, "id=\"" + id + "\"", "</li>");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertFalse(start < 0, "no " + from);
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
