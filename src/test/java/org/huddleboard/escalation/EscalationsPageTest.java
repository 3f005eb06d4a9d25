package org.huddleboard.escalation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The manager escalation view as each leader sees it: the rows are exactly the API's list for the
 * same filters and in its order, scope follows the role, an executive starts at tier 3, each row
 * offers exactly the actions the viewer may take, devices are refused with the refusal page.
 */
@QuarkusTest
class EscalationsPageTest {

    private static final Pattern ROW = Pattern.compile("<li class=\"esc[^\"]*\" id=\"esc-(\\d+)\"");
    private static final Pattern ACTION = Pattern.compile("data-action=\"([a-z-]+)\"");

    @Inject
    TrustClock clock;

    @Test
    void aManagerSeesTheirCsusWardsOnlyInTheApisOrder() {
        String tag = tag();
        long medicine = Escalations.raise("ward-12", "Manager scope " + tag);
        long surgery = Escalations.raise("ward-21", "Surgery scope " + tag);
        String page = page("manager", Map.of());
        List<Long> rows = ids(page);
        assertTrue(rows.contains(medicine), "their CSU's ward-12");
        assertFalse(rows.contains(surgery), "not surgery's ward-21");
        assertFalse(page.contains("Surgery scope " + tag));
        assertEquals(apiIds("manager", Map.of()), rows, "worst first, as the API lists them");
        assertTrue(page.contains("id=\"figures\"") && page.contains("href=\"/escalations/figures\""),
                "a place for the response-time figures");
    }

    @Test
    void aLeadSeesTheirWardsAndMayOnlyCommentOnOpenOnes() {
        String tag = tag();
        long own = Escalations.raise("ward-14", "Lead scope " + tag);
        long other = Escalations.raise("ward-41", "Cardio scope " + tag);
        String page = page("lead", Map.of());
        List<Long> rows = ids(page);
        assertTrue(rows.contains(own));
        assertFalse(rows.contains(other));
        assertEquals(List.of("comment"), actions(page, own), "the ward side comments while it is open");
        assertTrue(row(page, own).contains("<textarea name=\"text\""), "a text box for the comment");
    }

    @Test
    void aManagersRowOffersEveryActionOfTheTableAndTheTimelineLink() {
        long id = Escalations.raise("ward-12", "Actions row " + tag());
        String row = row(page("manager", Map.of("ward", "ward-12")), id);
        assertEquals(List.of("acknowledge", "comment", "respond", "resolve", "escalate", "hand-back"),
                actions(row, id));
        assertTrue(row.contains("data-version=\"0\""), "the version the action is posted with: " + row);
        assertTrue(row.contains("Ward 12") || row.contains("ward-12"), row);
        assertTrue(row.contains("Staffing") && row.contains("Routine") && row.contains("Open")
                && row.contains("Nobody yet"), "category, severity, state and owner in words: " + row);
        assertTrue(row.contains("href=\"/escalations/" + id + "\""), "its timeline");

        Escalations.act(as("manager"), as("manager"), id, "resolve", "Bank nurse booked for the late shift")
                .statusCode(200);
        String after = row(page("manager", Map.of("ward", "ward-12", "status", "RESOLVED")), id);
        assertTrue(after.contains("Bank nurse booked for the late shift"), "the latest answer: " + after);
        assertEquals(List.of("comment"), actions(after, id));

        as("manager").get("/escalations/" + id).then().statusCode(200)
                .body(containsString("Raised"), containsString("Resolve"),
                        containsString("Bank nurse booked for the late shift"), containsString("Timeline"));
    }

    @Test
    void anExecutiveStartsAtTierThreeAndFiltersShowEverything() {
        String tag = tag();
        long stays = Escalations.raise("ward-14", "Stays at tier two " + tag);
        long up = Escalations.raise("ward-14", "Goes to tier three " + tag);
        Escalations.act(as("manager"), as("manager"), up, "escalate", "Needs trust funding").statusCode(200);

        String plain = page("executive", Map.of());
        assertTrue(ids(plain).contains(up));
        assertFalse(ids(plain).contains(stays), "tier 2 is the CSU's to answer");
        assertEquals(apiIds("executive", Map.of("tier", "3")), ids(plain));
        assertEquals(List.of("acknowledge", "comment", "respond", "resolve", "hand-back"), actions(plain, up),
                "the top tier cannot escalate further");

        String all = page("executive", Map.of("tier", ""));
        assertTrue(ids(all).contains(up) && ids(all).contains(stays), "every tier once they ask");
        assertEquals(apiIds("executive", Map.of()), ids(all));
        assertEquals(List.of("comment"), actions(all, stays), "an onlooker at tier 2");

        String tierTwo = page("executive", Map.of("tier", "2", "ward", "ward-14"));
        assertTrue(ids(tierTwo).contains(stays) && !ids(tierTwo).contains(up));
        assertTrue(page("admin", Map.of()).contains("id=\"esc-" + up + "\""), "admin as executive");
        assertFalse(page("admin", Map.of()).contains("id=\"esc-" + stays + "\""));
    }

    @Test
    void eachFilterNarrowsTheListAsTheApiDoes() {
        String tag = tag();
        long staffing = Escalations.raise("ward-14", "Filter staffing " + tag);
        long equipment = asTablet("ward-12").contentType("application/json").body("""
                {"title": "Filter equipment %s", "detail": "The bladder scanner is broken", "category": "EQUIPMENT",
                 "severity": "URGENT"}""".formatted(tag)).post("/api/wards/ward-12/escalations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, String>> filters = List.of(Map.of("ward", "ward-14"), Map.of("csu", "medicine"),
                Map.of("tier", "2"), Map.of("status", "OPEN"), Map.of("category", "EQUIPMENT"),
                Map.of("category", "STAFFING", "ward", "ward-14"), Map.of("status", "CLOSED"));
        for (Map<String, String> f : filters) {
            assertEquals(apiIds("manager", f), ids(page("manager", f)), "filter " + f);
        }
        List<Long> onlyEquipment = ids(page("manager", Map.of("category", "EQUIPMENT")));
        assertTrue(onlyEquipment.contains(equipment) && !onlyEquipment.contains(staffing));
        List<Long> ward14 = ids(page("manager", Map.of("ward", "ward-14")));
        assertTrue(ward14.contains(staffing) && !ward14.contains(equipment));
        String urgent = row(page("manager", Map.of("category", "EQUIPMENT")), equipment);
        assertTrue(urgent.contains("is-urgent") && urgent.contains("Urgent"), "severity in a word: " + urgent);
        // The filters the page was asked for stay chosen, so the view is a link.
        String filtered = page("manager", Map.of("category", "EQUIPMENT", "ward", "ward-12"));
        assertTrue(filtered.contains("<option value=\"EQUIPMENT\" selected>")
                && filtered.contains("<option value=\"ward-12\" selected>"));
        assertTrue(filtered.contains("data-query=\"ward=ward-12&amp;csu=&amp;tier=&amp;status=&amp;category=EQUIPMENT\""),
                filtered.substring(filtered.indexOf("data-query"), filtered.indexOf("data-query") + 120));

        as("manager").queryParam("tier", "7").get("/escalations").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("tier"));
        as("manager").queryParam("category", "PARKING").get("/escalations").then().statusCode(400)
                .body(containsString("category"));
    }

    @Test
    void theListFragmentIsTheSameListWithoutThePage() {
        long id = Escalations.raise("ward-12", "Fragment " + tag());
        String fragment = as("manager").queryParam("ward", "ward-12").get("/escalations/list").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(fragment.strip().startsWith("<section id=\"escalation-list\""), fragment);
        assertFalse(fragment.contains("<html"));
        assertEquals(ids(page("manager", Map.of("ward", "ward-12"))), ids(fragment));
        assertTrue(ids(fragment).contains(id));
    }

    @Test
    void anOverdueRowShowsTheIconTheWordAndTheReason() {
        Instant raisedAt = Instant.now();
        long id = asTablet("ward-14").contentType("application/json").body("""
                {"title": "No oxygen %s", "detail": "Oxygen point in bay 3 not working", "category": "ESTATES",
                 "severity": "URGENT"}""".formatted(tag())).post("/api/wards/ward-14/escalations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String fresh = row(page("manager", Map.of("ward", "ward-14")), id);
        assertFalse(fresh.contains("Overdue"), fresh);
        assertTrue(fresh.contains("Acknowledge by"), "the next target ahead: " + fresh);
        try {
            clock.setClock(Clock.fixed(raisedAt.plus(Duration.ofHours(3)), ZoneOffset.UTC));
            String page = page("manager", Map.of("ward", "ward-14"));
            String row = row(page, id);
            assertTrue(row.contains("<img src=\"/img/overdue.svg\"") && row.contains("Overdue</span>"), row);
            assertTrue(row.contains("not acknowledged within 2 hours"), "the reason: " + row);
            // Others' overdue urgent escalations of the ward (older ones first) may come before it; nothing else may.
            List<Long> order = ids(page);
            for (Long before : order.subList(0, order.indexOf(id))) {
                assertTrue(row(page, before).contains("Overdue</span>"), "only overdue ones before it: " + before);
            }
        } finally {
            clock.setClock(null);
        }
    }

    @Test
    void devicesAreRefusedWithTheRefusalPage() {
        for (RequestSpecification device : List.of(asTablet("ward-12"), asDisplay("ward-12"))) {
            device.redirects().follow(false).get("/escalations").then().statusCode(403)
                    .contentType(containsString("text/html")).body(containsString("for leaders"))
                    .body(not(containsString("esc-rows")));
        }
        asTablet("ward-12").get("/escalations/list").then().statusCode(403);
        long id = Escalations.raise("ward-12", "Device detail " + tag());
        asTablet("ward-12").get("/escalations/" + id).then().statusCode(403);
        RestAssured.given().redirects().follow(false).get("/escalations").then().statusCode(302)
                .header("Location", containsString("/pair"));
    }

    @Test
    void theDetailIsInTheViewersScope() {
        long id = Escalations.raise("ward-21", "Out of scope " + tag());
        as("manager").get("/escalations/" + id).then().statusCode(403);
        as("executive").get("/escalations/" + id).then().statusCode(200).body(containsString("Out of scope"));
        as("manager").get("/escalations/999999999").then().statusCode(404);
    }

    @Test
    void theIndexLinksLeadersToTheView() {
        for (String who : List.of("lead", "manager", "executive", "admin")) {
            as(who).get("/").then().statusCode(200).body(containsString("href=\"/escalations\""));
        }
    }

    // ---- helpers

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static String page(String who, Map<String, String> filters) {
        return as(who).queryParams(filters).get("/escalations").then().statusCode(200).extract().asString();
    }

    private static List<Long> apiIds(String who, Map<String, String> filters) {
        return as(who).queryParams(filters).get("/api/escalations").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String row(String html, long id) {
        int at = html.indexOf("id=\"esc-" + id + "\"");
        assertTrue(at >= 0, "row " + id + " is on the page");
        int start = html.lastIndexOf("<li", at);
        return html.substring(start, html.indexOf("</li>", at) + "</li>".length());
    }

    private static List<String> actions(String html, long id) {
        List<String> found = new ArrayList<>();
        Matcher m = ACTION.matcher(row(html, id));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
