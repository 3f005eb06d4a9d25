package org.huddleboard.idea;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The staff page of a ward's ideas, as a lead or manager uses it: the table narrows with each
 * filter to exactly the cards the API finds, scope is the API's, screens are sent to their own
 * page, a bad filter is refused, and a card's page tells its story from the audit trail.
 */
@QuarkusTest
class StaffIdeasPageTest {

    private static final Pattern ROW = Pattern.compile("data-card=\"(\\d+)\"");
    private static final Pattern ACTION = Pattern.compile("data-action=\"([a-z.-]+)\"");

    @Test
    void eachFilterNarrowsTheTableToTheCardsTheApiFinds() {
        String ward = "ward-12";
        List<Long> all = apiIds(ward, Map.of());
        assertTrue(all.size() >= 10, "the demo board is there: " + all.size());
        assertEquals(all, rows(ward, Map.of()), "every card, newest move first");

        List<Long> testing = apiIds(ward, Map.of("column", "TESTING"));
        assertFalse(testing.isEmpty());
        assertTrue(testing.size() < all.size());
        assertEquals(testing, rows(ward, Map.of("column", "TESTING")));

        List<Long> overdue = apiIds(ward, Map.of("overdue", "true"));
        assertFalse(overdue.isEmpty(), "the demo ward has overdue cards");
        String page = page(ward, Map.of("overdue", "true"));
        assertEquals(overdue, ids(page, ROW));
        assertTrue(page.contains("src=\"/img/overdue.svg\"") && page.contains("Overdue</span>"),
                "overdue marked with the served icon and the word");

        String owner = asTablet(ward).get(Cards.url(ward)).then().statusCode(200).extract().jsonPath()
                .getString("find { it.owner != null }.owner");
        List<Long> owned = apiIds(ward, Map.of("owner", owner));
        assertEquals(owned, rows(ward, Map.of("owner", owner)));
        assertTrue(owned.size() < all.size());

        List<Long> waste = apiIds(ward, Map.of("aim", "WASTE_OR_COST", "column", "NEW"));
        assertEquals(waste, rows(ward, Map.of("aim", "WASTE_OR_COST", "column", "NEW")));
        assertEquals(all, rows(ward, Map.of("column", "", "owner", "", "overdue", "", "aim", "")),
                "empty filters are no filters");

        as("lead").get("/wards/" + ward + "/ideas").then().statusCode(200)
                .body(containsString("/img/overdue.svg"));
        as("lead").get("/img/overdue.svg").then().statusCode(200).contentType(containsString("svg"));
    }

    @Test
    void readersOfTheWardSeeItAndOthersAreRefused() {
        as("manager").get("/wards/ward-14/ideas").then().statusCode(200).body(containsString("Ward 14"));
        as("manager").get("/wards/ward-21/ideas").then().statusCode(403);
        as("executive").get("/wards/ward-43/ideas").then().statusCode(200);
        as("admin").get("/wards/ward-31/ideas").then().statusCode(200);
        as("lead").get("/wards/ward-12/ideas").then().statusCode(200);
        as("lead").get("/wards/ward-33/ideas").then().statusCode(403).contentType(containsString("text/html"))
                .body(not(containsString("data-card")));
        long other = apiIds("ward-33", Map.of()).get(0);
        as("lead").get("/wards/ward-33/ideas/" + other).then().statusCode(403);
        as("executive").get("/wards/ward-33/ideas/" + other).then().statusCode(200);
        as("lead").get("/").then().statusCode(200).body(containsString("href=\"/wards/ward-12/ideas\""));
    }

    @Test
    void screensAndTabletsAreSentToTheirOwnPage() {
        long card = apiIds("ward-12", Map.of()).get(0);
        asDisplay("ward-12").redirects().follow(false).get("/wards/ward-12/ideas").then().statusCode(303)
                .header("Location", endsWith("/wards/ward-12/board")).body(not(containsString("data-card")));
        asDisplay("ward-12").redirects().follow(false).get("/wards/ward-12/ideas/" + card).then().statusCode(303)
                .header("Location", endsWith("/wards/ward-12/board"));
        asTablet("ward-12").redirects().follow(false).get("/wards/ward-12/ideas").then().statusCode(303)
                .header("Location", endsWith("/wards/ward-12/huddle"));
    }

    @Test
    void badFiltersAndCardsAreRefusedClearly() {
        as("lead").get("/wards/ward-12/ideas?column=DONE").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("column"))
                .body(containsString("IMPLEMENTED"));
        as("lead").get("/wards/ward-12/ideas?overdue=maybe").then().statusCode(400).body(containsString("overdue"));
        as("lead").get("/wards/ward-12/ideas?aim=CHEAPER").then().statusCode(400).body(containsString("aim"));
        as("lead").get("/wards/ward-12/ideas?owner=" + "x".repeat(41)).then().statusCode(400)
                .body(containsString("owner"));
        as("lead").get("/wards/ward-12/ideas/abc").then().statusCode(400).body(containsString("id"));
        as("lead").get("/wards/ward-12/ideas/999999999").then().statusCode(404);
        long elsewhere = apiIds("ward-14", Map.of()).get(0);
        as("lead").get("/wards/ward-12/ideas/" + elsewhere).then().statusCode(404);
        as("lead").get("/wards/ward-99/ideas").then().statusCode(404);
    }

    @Test
    void theCardPageTellsItsHistoryFromTheAuditTrail() {
        String ward = "ward-12";
        long id = Cards.create(asTablet(ward), ward, "{\"title\": \"Spare pens on the drug trolley\", \"problem\":"
                + " \"Pens go missing\", \"idea\": \"A pot of pens\", \"owner\": \"Sr P.\", \"qualityAim\": \"OUTCOMES\","
                + " \"enteredBy\": \"PK\"}").statusCode(201).extract().jsonPath().getLong("id");
        Cards.move(ward, id, "TESTING").statusCode(200);
        Cards.post(asTablet(ward), Cards.url(ward, id) + "/notes", Map.of("version", Cards.version(ward, id),
                "stage", "PLAN", "note", "Try it on days for a week")).statusCode(201);
        Cards.put(asTablet(ward), Cards.url(ward, id), Map.of("version", Cards.version(ward, id), "title",
                "Pens on every drug trolley", "problem", "Pens go missing", "idea", "A pot of pens", "owner", "Sr P.",
                "qualityAim", "OUTCOMES")).statusCode(200);

        String page = as("manager").get("/wards/" + ward + "/ideas/" + id).then().statusCode(200).extract().asString();
        assertEquals(List.of("idea.created", "idea.moved", "idea.pdsa-note", "idea.edited"), actions(page),
                "one history line per audit line, oldest first");
        assertTrue(page.contains("ward of ward-12 (PK)"), "who made the change, with the name typed");
        assertTrue(page.contains("<strong>Column</strong>: New → Testing"), "the move, before and after");
        assertTrue(page.contains("<strong>Title</strong>: Spare pens on the drug trolley → Pens on every drug trolley"),
                "the edit, before and after");
        assertTrue(page.contains("Plan, ") && page.contains("Try it on days for a week"), "the PDSA note");
        assertTrue(page.contains("<h1>Pens on every drug trolley</h1>"), "the card as it is now");
    }

    @Test
    void theCardPageShowsSpreadAndTheImpactCheck() {
        long bell = idOf("ward-12", "Protected mealtimes bell");
        String page = as("lead").get("/wards/ward-12/ideas/" + bell).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Offered to the trust by lead"), "the offer");
        assertTrue(page.contains("Ward 21 · General Surgery") && page.contains("Ward 33 · Paediatric Medicine"),
                "where it has been adopted");
        assertTrue(page.contains("Testing</td>") && page.contains("New</td>"), "how far each adoption got");
        assertFalse(page.contains("href=\"/wards/ward-21/ideas/"), "a ward the lead cannot read is named, not linked");
        assertTrue(as("executive").get("/wards/ward-12/ideas/" + bell).then().extract().asString()
                .contains("href=\"/wards/ward-21/ideas/"), "an executive can follow each adoption");

        long adopted = idOf("ward-21", "Protected mealtimes bell");
        as("executive").get("/wards/ward-21/ideas/" + adopted).then().statusCode(200)
                .body(containsString("Adopted from <a href=\"/wards/ward-12/ideas/" + bell + "\">"));

        long linen = idOf("ward-14", "One linen change round per shift");
        as("lead").get("/wards/ward-14/ideas/" + linen).then().statusCode(200)
                .body(containsString("Quality impact check")).body(containsString("Negative: "))
                .body(containsString("Signed off")).body(containsString("by lead"));
    }

    private static long idOf(String ward, String title) {
        return asTablet(ward).get(Cards.url(ward)).then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == '" + title + "' }.id");
    }

    private static List<Long> apiIds(String ward, Map<String, String> filters) {
        return asTablet(ward).queryParams(filters).get(Cards.url(ward)).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    private static String page(String ward, Map<String, String> filters) {
        return as("lead").queryParams(filters).get("/wards/" + ward + "/ideas").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    private static List<Long> rows(String ward, Map<String, String> filters) {
        return ids(page(ward, filters), ROW);
    }

    private static List<Long> ids(String page, Pattern pattern) {
        List<Long> ids = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static List<String> actions(String page) {
        List<String> actions = new ArrayList<>();
        Matcher m = ACTION.matcher(page);
        while (m.find()) {
            actions.add(m.group(1));
        }
        return actions;
    }
}
