package org.huddleboard.escalation;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The escalations part of the ward tablet's page, as the server renders it. */
@QuarkusTest
class TabletEscalationsPageTest {

    private static final String WARD = "ward-14";

    @Inject
    TrustClock clock;

    @AfterEach
    void realTime() {
        clock.setClock(null);
    }

    @Test
    void theListShowsWhatWaitsAndWhatCameBackWithTheWardsActionsOnEach() {
        String tag = tag();
        long waiting = Escalations.raise(WARD, "Hoist broken " + tag);
        long answered = Escalations.raise(WARD, "Bank nurse needed " + tag);
        Escalations.act(as("manager"), as("manager"), answered, "resolve", "Bank nurse booked for the late shift")
                .statusCode(200);
        long handedBack = Escalations.raise(WARD, "Linen short " + tag);
        Escalations.act(as("manager"), as("manager"), handedBack, "hand-back", "Order through the ward's own cart")
                .statusCode(200);
        long elsewhere = Escalations.raise("ward-12", "Ward 12 only " + tag);

        for (String html : new String[] { part(asTablet(WARD)), part(as("lead")) }) {
            String open = item(html, waiting);
            assertEquals(List.of("comment"), actions(open), "while it waits on the CSU the ward may only comment");
            assertTrue(open.contains("Tier 2 · CSU") && open.contains("No owner yet") && open.contains(">Open<"), open);
            assertTrue(group(html, "waiting").contains("id=\"escalation-" + waiting + "\""), "listed as waiting");

            String resolved = item(html, answered);
            assertEquals(List.of("close", "reopen", "comment"), actions(resolved));
            assertTrue(resolved.contains("Answer from Demo CSU Manager") && resolved.contains(
                    "Bank nurse booked for the late shift") && resolved.contains(">Resolved<"), resolved);
            assertTrue(group(html, "answered").contains("id=\"escalation-" + answered + "\""), "listed as answered");

            String back = item(html, handedBack);
            assertTrue(back.contains("Handed back with guidance") && back.contains("Order through the ward"), back);
            assertEquals(List.of("close", "reopen", "comment"), actions(back));

            assertFalse(html.contains("id=\"escalation-" + elsewhere + "\""), "not another ward's");
        }

        Escalations.act(asTablet(WARD), asTablet(WARD), answered, "close", null).statusCode(200);
        String after = part(asTablet(WARD));
        assertFalse(group(after, "answered").contains("id=\"escalation-" + answered + "\""), "closed: no longer to read");
        assertEquals(List.of("reopen"), actions(item(group(after, "closed"), answered)), "closed: only reopenable");
    }

    @Test
    void reopenIsOfferedOnlyWithinSevenDaysOfTheAnswer() {
        long id = Escalations.raise(WARD, "Sluice door sticks " + tag());
        Escalations.act(as("manager"), as("manager"), id, "resolve", "Estates fixed the hinge").statusCode(200);
        clock.setClock(Clock.fixed(Instant.now().plus(Duration.ofDays(6)), clock.zone()));
        assertEquals(List.of("close", "reopen", "comment"), actions(item(part(asTablet(WARD)), id)));

        clock.setClock(Clock.fixed(Instant.now().plus(Duration.ofDays(8)), clock.zone()));
        String late = item(part(asTablet(WARD)), id);
        assertEquals(List.of("close", "comment"), actions(late), "eight days on, no reopen");
        assertTrue(late.contains("it can no longer be reopened"), late);
    }

    @Test
    void aClosedOneStaysReopenableOnTheTabletForSevenDaysFromItsAnswer() {
        long id = Escalations.raise(WARD, "Bladder scanner missing " + tag());
        Escalations.act(as("manager"), as("manager"), id, "resolve", "Borrowed from ward 12 until ours is back")
                .statusCode(200);
        Escalations.act(asTablet(WARD), asTablet(WARD), id, "close", null).statusCode(200);
        String closed = group(part(asTablet(WARD)), "closed");
        assertEquals(List.of("reopen"), actions(item(closed, id)), "closed today: only reopen");
        assertFalse(group(part(asTablet(WARD)), "answered").contains("escalation-" + id + "\""),
                "no longer among the answers to read");

        clock.setClock(Clock.fixed(Instant.now().plus(Duration.ofDays(8)), clock.zone()));
        assertFalse(part(asTablet(WARD)).contains("escalation-" + id + "\""), "eight days on, gone from the tablet");
    }

    @Test
    void anOverdueEscalationSaysSoInWordsAndAnIconNotColourAlone() {
        long urgent = Escalations.raise(WARD, "Resus trolley oxygen empty " + tag(), "URGENT").statusCode(201)
                .extract().jsonPath().getLong("id");
        String now = item(part(asTablet(WARD)), urgent);
        assertFalse(now.contains("Overdue"), now);
        assertTrue(now.contains(">Urgent<"), "severity in a word");

        clock.setClock(Clock.fixed(Instant.now().plus(Duration.ofHours(3)), clock.zone()));
        String late = item(part(asTablet(WARD)), urgent);
        assertTrue(late.contains("<img src=\"/img/overdue.svg\"") && late.contains("<strong>Overdue</strong>"), late);
        assertTrue(late.contains("not acknowledged within 2 hours"), late);
        assertTrue(late.contains("raised 3 h ago"), late);
    }

    @Test
    void onlyThoseWhoMayChangeTheWardsBoardGetThePart() {
        asTablet(WARD).get("/wards/{ward}/update/escalations", WARD).then().statusCode(200);
        as("lead").get("/wards/{ward}/update/escalations", WARD).then().statusCode(200);
        asDisplay(WARD).get("/wards/{ward}/update/escalations", WARD).then().statusCode(403);
        asTablet("ward-12").get("/wards/{ward}/update/escalations", WARD).then().statusCode(403);
        as("manager").get("/wards/{ward}/update/escalations", WARD).then().statusCode(403);
        asTablet(WARD).get("/wards/no-such-ward/update/escalations").then().statusCode(404);
    }

    @Test
    void theHuddlePageHasTheEscalationsStepAndTheRaiseForm() {
        String page = asTablet(WARD).get("/wards/{ward}/huddle", WARD).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-step=\"escalations\""), "a step");
        assertTrue(page.contains("id=\"raise-escalation\""), "the raise form");
        for (EscalationCategory c : EscalationCategory.values()) {
            assertTrue(page.contains("data-value=\"" + c.name() + "\" aria-pressed=\"false\">" + c.label + "<"), "a button for " + c.label);
        }
        assertTrue(page.contains("id=\"escalations-part\""), "the list");
        assertTrue(page.contains("/js/tablet-escalations.js"), "its script");
    }

    private static String part(io.restassured.specification.RequestSpecification as) {
        return as.get("/wards/{ward}/update/escalations", WARD).then().statusCode(200).extract().asString();
    }

    /** The markup of one escalation, from its opening tag to its end. */
    private static String item(String html, long id) {
        int start = html.indexOf("<article class=\"escalation-card");
        int at = html.indexOf("id=\"escalation-" + id + "\"");
        assertTrue(start >= 0 && at > 0, "escalation " + id + " listed");
        start = html.lastIndexOf("<article", at);
        return html.substring(start, html.indexOf("</article>", at));
    }

    private static String group(String html, String key) {
        int start = html.indexOf("data-group=\"" + key + "\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** The actions the buttons offer, in their order. */
    private static List<String> actions(String item) {
        List<String> actions = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"[a-z ]*open-form\" data-form=\"([a-z-]+)\"").matcher(item);
        while (m.find()) {
            actions.add(m.group(1));
        }
        return actions;
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
