package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.huddleboard.huddle.KnownHuddles.NOTE;
import static org.huddleboard.huddle.KnownHuddles.NOW;
import static org.huddleboard.huddle.KnownHuddles.OTHER_WARD;
import static org.huddleboard.huddle.KnownHuddles.WARD;
import static org.huddleboard.huddle.KnownHuddles.manager;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The staff pages on the known huddles of {@link KnownHuddles}, read at 2024-02-20 12:00: the
 * figures page /huddles and ward-21's record /wards/ward-21/huddles, as HTML.
 */
@QuarkusTest
class HuddlePagesTest {

    @Inject
    TrustClock clock;
    @Inject
    HuddleService huddles;

    @BeforeEach
    void knownHuddles() {
        KnownHuddles.make(clock, huddles);
        KnownHuddles.at(clock, NOW);
    }

    @AfterEach
    void realTime() {
        clock.setClock(null);
    }

    @Test
    void theFiguresPageShowsBothRangesPerCsuAndWardWithTheBenchmark() {
        String html = manager().get("/huddles").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(html.contains("Leeds reported 91% of wards huddling daily"), "the benchmark named");
        assertTrue(html.contains("Today is Tue 20 Feb 2024 (trust time); today is not over"), "says why not today");
        String thirty = table(html, "30");
        assertRow(thirty, WARD, "<a href=\"/wards/ward-21/huddles\">Ward 21 · General Surgery</a>",
                "5 <span class=\"figures-of\">of 30</span>", ">17%<", ">6<", ">11 min<", ">6.5<");
        assertRow(thirty, OTHER_WARD, "<a href=\"/wards/ward-23/huddles\">", ">10%<", ">10.8 min<", ">5<");
        assertRow(thirty, "surgery", "8 <span class=\"figures-of\">of 60</span>", ">13%<");
        assertTrue(thirty.contains("Your CSUs"), "the total row");
        assertTrue(html.contains("Sun 21 Jan 2024 to Mon 19 Feb 2024"), "the range in days");
        assertRow(table(html, "90"), WARD, "6 <span class=\"figures-of\">of 90</span>", ">7%<", ">11.5 min<");
        assertTrue(html.contains("left out of the length"), "says how auto-ended huddles count");
    }

    @Test
    void anExecutiveSeesEveryWardLinkedAWardWithoutHuddlesAtNought() {
        String html = as("executive").get("/huddles").then().statusCode(200).extract().asString();
        String thirty = table(html, "30");
        assertEquals(List.of("ward-41", "ward-43", "ward-31", "ward-33", "ward-12", "ward-14", "ward-21", "ward-23"),
                all(thirty, "<a href=\"/wards/(ward-\\d+)/huddles\">"), "every ward, by CSU name");
        assertRow(thirty, "ward-14", "0 <span class=\"figures-of\">of 30</span>", ">0%<", ">–<");
        assertTrue(thirty.contains("Whole trust"));
    }

    @Test
    void theFiguresPageIsForLeadersNotDevices() {
        asDisplay(WARD).get("/huddles").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("not ward tablets or wall screens"));
        asTablet(WARD).get("/huddles").then().statusCode(403);
        RestAssured.given().redirects().follow(false).get("/huddles").then().statusCode(302);
        as("lead").get("/huddles").then().statusCode(200).body(containsString("CSU rows count your wards only"))
                .body(containsString("/wards/ward-12/huddles"));
    }

    @Test
    void aWardsRecordDayByDay() {
        String html = manager().get("/wards/ward-21/huddles").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("Huddle record · Ward 21 · General Surgery"));
        assertEquals(31, all(html, "<tbody class=\"record-day is-(\\w+)\">").size(), "today and the 30 days before");
        String summary = between(html, "class=\"huddle-summary\"", "</p>");
        assertTrue(summary.contains("<strong>5 of 30</strong>") && summary.contains("<strong>17%</strong>")
                && summary.contains("median length 11 min") && summary.contains("median attendance 6.5"), summary);

        String today = day(html, "Today, Tue 20 Feb");
        assertTrue(today.contains("is-held") && today.contains("day-held.svg\" alt=\"\" width=\"20\" height=\"20\"> Held"),
                "held, by icon and word: " + today);
        String monday = day(html, "Mon 19 Feb");
        for (String part : List.of("<td>09:30</td>", "11 min <span class=\"record-target\">target 10 min</span>",
                "<td>Sister T</td>", "6 <span class=\"record-roles\">Nurse in charge, Nurses, Healthcare assistants",
                NOTE, "2 measure values entered, 1 thanks")) {
            assertTrue(monday.contains(part), "19 Feb has " + part + ": " + monday);
        }
        String friday = day(html, "Fri 16 Feb");
        assertTrue(friday.contains("rowspan=\"2\""), "two huddles that day: " + friday);
        assertTrue(friday.contains("ended automatically") && friday.contains("<td>09:30</td>")
                && friday.contains("<td>11:00</td>") && friday.contains("10 min"), friday);
        assertTrue(friday.contains("No board changes recorded"), friday);
        String missed = day(html, "Wed 14 Feb");
        assertTrue(missed.contains("is-missed") && missed.contains("day-missed.svg") && missed.contains("Not held"),
                missed);
        assertFalse(html.contains("Sat 20 Jan"), "the record shows 30 days before today");
    }

    @Test
    void theRecordIsForStaffWhoMayReadTheWard() {
        asDisplay(WARD).get("/wards/ward-21/huddles").then().statusCode(403)
                .body(containsString("huddle is on its board"));
        asTablet(WARD).get("/wards/ward-21/huddles").then().statusCode(403);
        as("manager").get("/wards/ward-21/huddles").then().statusCode(403);
        as("executive").get("/wards/ward-21/huddles").then().statusCode(200);
        as("executive").get("/wards/no-such-ward/huddles").then().statusCode(404);
        as("lead").get("/wards/ward-12/huddles").then().statusCode(200).body(containsString("Not held"));
    }

    @Test
    void theIndexLinksTheFigures() {
        clock.setClock(null);
        as("manager").get("/").then().statusCode(200).body(containsString("href=\"/huddles\""));
    }

    @Test
    void changesReadInWords() {
        assertEquals("1 measure value entered", HuddleRecordPage.singular("1 measure values entered".substring(2))
                .transform(s -> "1 " + s));
        assertEquals("idea added", HuddleRecordPage.singular("ideas added"));
        assertEquals("idea card update", HuddleRecordPage.singular("idea card updates"));
        assertEquals("thanks", HuddleRecordPage.singular("thanks"));
        assertEquals("9 measure values entered, 1 idea added", HuddleRecordPage.changes(List.of(
                new HuddleActivity.Count("measure values entered", 9), new HuddleActivity.Count("ideas added", 1)),
                false));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String table(String html, String days) {
        int start = html.indexOf("data-days=\"" + days + "\"");
        assertTrue(start >= 0, days + "-day table");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static void assertRow(String table, String unit, String... parts) {
        int start = table.indexOf("data-unit=\"" + unit + "\"");
        assertTrue(start >= 0, unit + " row");
        String row = table.substring(start, table.indexOf("</tr>", start));
        for (String p : parts) {
            assertTrue(row.contains(p), unit + " row has " + p + ": " + row);
        }
    }

    /** The day's tbody, from the one before its date to its end. */
    private static String day(String html, String date) {
        int at = html.indexOf(">" + date + "<");
        assertTrue(at >= 0, date + " in the record");
        int start = html.lastIndexOf("<tbody", at);
        return html.substring(start, html.indexOf("</tbody>", at));
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, from);
        return html.substring(start, html.indexOf(to, start));
    }

    private static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
