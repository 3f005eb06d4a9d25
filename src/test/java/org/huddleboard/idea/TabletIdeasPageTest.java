package org.huddleboard.idea;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The ideas part of the ward tablet's page, as the server renders it. */
@QuarkusTest
class TabletIdeasPageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void eachCardOffersExactlyTheMovesTheRulesAllow() {
        String tag = tag();
        for (IdeaColumn column : IdeaColumn.values()) {
            card("ward-14", column + " " + tag, column, QualityAim.OUTCOMES, null, null, false);
        }
        String html = part("ward-14");
        for (IdeaColumn column : IdeaColumn.values()) {
            String card = cardHtml(html, column + " " + tag);
            assertTrue(card.contains("data-column=\"" + column + "\""), card);
            List<String> moves = new ArrayList<>();
            Matcher m = Pattern.compile("class=\"move\" data-to=\"([A-Z]+)\"").matcher(card);
            while (m.find()) {
                moves.add(m.group(1));
            }
            assertEquals(column.next().stream().map(Enum::name).sorted().toList(), moves.stream().sorted().toList(),
                    "the buttons on a card in " + column);
        }
        assertTrue(cardHtml(html, "TESTING " + tag).contains("data-form=\"note\""), "a PDSA note form on Testing");
        assertFalse(cardHtml(html, "NEW " + tag).contains("data-form=\"note\""), "no PDSA note before Testing");
        assertTrue(cardHtml(html, "TESTING " + tag).contains("data-form=\"move-PARKED\""), "parking asks for a reason");
        assertTrue(cardHtml(html, "TESTING " + tag).contains("data-form=\"move-IMPLEMENTED\""),
                "implemented asks what changed and its effect");
    }

    @Test
    void anOverdueCardSaysSoInWordsAndAnIconNotColourAlone() {
        String tag = tag();
        card("ward-14", "Late " + tag, IdeaColumn.TESTING, QualityAim.OUTCOMES, "Sister K", TODAY.minusDays(1), false);
        card("ward-14", "On time " + tag, IdeaColumn.TESTING, QualityAim.OUTCOMES, "Sister K", TODAY, false);
        card("ward-14", "Parked late " + tag, IdeaColumn.PARKED, QualityAim.OUTCOMES, "Sister K", TODAY.minusDays(9),
                false);
        String html = part("ward-14");
        String late = cardHtml(html, "Late " + tag);
        assertTrue(late.contains("<img src=\"/img/overdue.svg\"") && late.contains("<strong>Overdue</strong>"), late);
        assertFalse(cardHtml(html, "On time " + tag).contains("Overdue"), "due today is not overdue");
        assertFalse(cardHtml(html, "Parked late " + tag).contains("Overdue"), "a parked card is never overdue");
        asTablet("ward-14").get("/img/overdue.svg").then().statusCode(200);
    }

    @Test
    void aWasteCuttingCardInNewAsksForTheImpactCheck() {
        String tag = tag();
        card("ward-14", "Waste " + tag, IdeaColumn.NEW, QualityAim.WASTE_OR_COST, null, null, false);
        String card = cardHtml(part("ward-14"), "Waste " + tag);
        assertTrue(card.contains("Needs a quality impact check"), card);
        assertTrue(card.contains("data-form=\"impact\""), card);
    }

    @Test
    void ideasOfferedByOtherWardsAreListedButNotTheWardsOwn() {
        String tag = tag();
        long elsewhere = card("ward-12", "Offered elsewhere " + tag, IdeaColumn.IMPLEMENTED, QualityAim.OUTCOMES, null,
                null, true);
        long own = card("ward-14", "Offered here " + tag, IdeaColumn.IMPLEMENTED, QualityAim.OUTCOMES, null, null,
                true);
        String html = part("ward-14");
        assertTrue(html.contains("id=\"offer-" + elsewhere + "\""), "another ward's offer");
        assertFalse(html.contains("id=\"offer-" + own + "\""), "not the ward's own");
        assertTrue(html.contains("data-from=\"" + elsewhere + "\""), "with an Adopt button");
    }

    @Test
    void onlyThoseWhoMayChangeTheWardsCardsGetThePart() {
        asTablet("ward-14").get("/wards/ward-14/update/ideas").then().statusCode(200);
        as("lead").get("/wards/ward-14/update/ideas").then().statusCode(200);
        asDisplay("ward-14").get("/wards/ward-14/update/ideas").then().statusCode(403);
        asTablet("ward-14").get("/wards/ward-12/update/ideas").then().statusCode(403);
        as("manager").get("/wards/ward-14/update/ideas").then().statusCode(403);
        asTablet("ward-14").get("/wards/no-such-ward/update/ideas").then().statusCode(404);
    }

    private static String part(String ward) {
        return asTablet(ward).get("/wards/{ward}/update/ideas", ward).then().statusCode(200).extract().asString();
    }

    /** The markup of the card with that title, from its opening tag to the next card's. */
    private static String cardHtml(String html, String title) {
        int at = html.indexOf("<h4 class=\"card-title\">" + title + "</h4>");
        assertTrue(at > 0, "a card titled " + title);
        int start = html.lastIndexOf("<article", at);
        int end = html.indexOf("</article>", at);
        return html.substring(start, end);
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** Straight into the database: this test is about the page, not the API that makes cards. */
    private static long card(String ward, String title, IdeaColumn column, QualityAim aim, String owner,
            LocalDate due, boolean offered) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Idea idea = new Idea();
            idea.ward = Ward.findByCode(ward).orElseThrow();
            idea.title = title;
            idea.problem = "A problem seen at the huddle";
            idea.proposal = "An idea to try";
            idea.raisedOn = TODAY;
            idea.owner = owner;
            idea.dueDate = due;
            idea.qualityAim = aim;
            idea.column = column;
            idea.movedAt = Instant.now();
            idea.createdAt = Instant.now();
            if (offered) {
                idea.offerSummary = "It worked";
                idea.offeredBy = "lead";
                idea.offeredAt = Instant.now();
            }
            idea.persist();
            return idea.id;
        });
    }
}
