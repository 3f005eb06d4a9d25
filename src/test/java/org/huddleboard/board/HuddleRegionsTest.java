package org.huddleboard.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huddleboard.huddle.ActionState;
import org.huddleboard.huddle.ActionView;
import org.huddleboard.huddle.HuddleBoard;
import org.huddleboard.huddle.ThanksView;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The wall's huddle status, actions and thanks as the server renders them (the words a wall shows
 * before any script runs, and what every live message carries), for boards made up here.
 */
@QuarkusTest
class HuddleRegionsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-03");
    // 09:31 in London (summer time).
    private static final Instant STARTED = Instant.parse("2026-06-03T08:31:00Z");

    @Test
    void aHuddleInProgressSaysSoWithItsStartForTheTimer() {
        String html = huddle(new HuddleBoard.Status(true, true, 5L, STARTED, 12, "Sister K", 6, null, false));
        assertEquals("Huddle in progress since 09:31", words(html));
        assertTrue(html.contains("data-state=\"running\""), html);
        assertTrue(html.contains("data-started=\"" + STARTED.toEpochMilli() + "\""), html);
        assertTrue(html.contains("data-target-minutes=\"12\""), html);
        assertTrue(html.contains("src=\"/img/huddle-running.svg\""), "with its icon: " + html);
    }

    @Test
    void aHeldHuddleSaysWhenAndHowLongInWholeMinutes() {
        String html = huddle(new HuddleBoard.Status(false, true, 5L, STARTED, 10, "Sister K", 6, 10.6, false));
        assertEquals("Huddle held 09:31 · 11 min", words(html));
        assertTrue(html.contains("data-state=\"held\"") && !html.contains("data-started"), html);
        assertTrue(html.contains("src=\"/img/huddle-held.svg\""), html);
        assertEquals("Huddle held 09:31 · 1 min", words(huddle(
                new HuddleBoard.Status(false, true, 5L, STARTED, 10, "Sister K", 6, 0.2, false))), "never 0 min");
    }

    @Test
    void aHuddleNobodyEndedSaysItEndedAutomatically() {
        String html = huddle(new HuddleBoard.Status(false, true, 5L, STARTED, 10, "Sister K", 6, 60.0, true));
        assertEquals("Huddle held 09:31 · ended automatically", words(html));
    }

    @Test
    void noHuddleYetToday() {
        String html = huddle(new HuddleBoard.Status(false, false, null, null, 10, null, 0, null, false));
        assertEquals("No huddle yet today", words(html));
        assertTrue(html.contains("data-state=\"none\""), html);
    }

    @Test
    void openActionsOverdueFirstWithOwnerAndDueDayAndTheRestCounted() {
        List<ActionView> actions = List.of(
                action(1, "Fix the call bell in bay 3", "Sam", TODAY.minusDays(2), TODAY.minusDays(5)),
                action(2, "Order hoist slings", "Sr M", TODAY, TODAY.minusDays(1)),
                action(3, "Update the falls poster", "Jo", TODAY.plusDays(3), TODAY));
        String html = actions(new HuddleBoard(none(), actions, List.of()));
        assertTrue(html.contains("data-open=\"3\"") && html.contains("data-overdue=\"1\""), html);
        List<String> items = items(html);
        assertEquals(List.of("Overdue Fix the call bell in bay 3 Sam · due 1 Jun",
                "Order hoist slings Sr M · due today"), items, "two on the wall when there are no thanks");
        assertTrue(html.contains("class=\"foot-item action is-overdue\" data-id=\"1\"><span class=\"overdue\">"
                + "<img class=\"overdue-icon\" src=\"/img/overdue.svg\""), "the overdue icon and word: " + html);
        assertEquals("+1 more actions", words(between(html, "<span class=\"foot-more\">", "</span></span>") + "</span>"));
        assertFalse(html.toLowerCase().contains("carried"), "the wall does not say which were carried over");
        assertFalse(html.contains(" hidden"), html);
    }

    @Test
    void withThanksTooEachListShowsOneAndCountsTheRest() {
        List<ActionView> actions = List.of(action(1, "Fix the call bell", "Sam", TODAY, TODAY),
                action(2, "Order slings", "Sr M", TODAY.plusDays(1), TODAY));
        List<ThanksView> thanks = List.of(thanks(7, "Thirty days without a fall", "Sister K"),
                thanks(6, "Thanks to the night team", null), thanks(5, "Welcome back Jo", null));
        HuddleBoard board = new HuddleBoard(none(), actions, thanks);
        assertEquals(2, board.footLines());
        String actionsHtml = actions(board);
        assertEquals(List.of("Fix the call bell Sam · due today"), items(actionsHtml));
        assertTrue(actionsHtml.contains("+1 more<span class=\"visually-hidden\"> actions</span>"), actionsHtml);
        String thanksHtml = thanks(board);
        assertEquals(List.of("Thirty days without a fall Sister K"), items(thanksHtml), "the newest");
        assertTrue(thanksHtml.contains("src=\"/img/thanks.svg\"") && thanksHtml.contains("Thanks <span"),
                "the star and the word: " + thanksHtml);
        assertTrue(thanksHtml.contains("+2 more<span class=\"visually-hidden\"> thanks</span>"), thanksHtml);
    }

    @Test
    void emptyListsTakeNoRoom() {
        HuddleBoard board = new HuddleBoard(none(), List.of(), List.of());
        assertEquals(0, board.footLines());
        assertTrue(actions(board).contains("data-open=\"0\"") && actions(board).contains(" hidden>"), actions(board));
        assertTrue(thanks(board).contains("data-count=\"0\"") && thanks(board).contains(" hidden>"), thanks(board));
    }

    private static HuddleBoard.Status none() {
        return new HuddleBoard.Status(false, false, null, null, 10, null, 0, null, false);
    }

    private static ActionView action(long id, String text, String owner, LocalDate due, LocalDate created) {
        return new ActionView(id, "ward-33", text, owner, due, created, ActionState.OPEN, due.isBefore(TODAY),
                created.isBefore(TODAY), null, null, 0);
    }

    private static ThanksView thanks(long id, String text, String by) {
        return new ThanksView(id, "ward-33", TODAY, text, by, STARTED, false, 0);
    }

    private static BoardSnapshot snapshot(HuddleBoard huddle) {
        return new BoardSnapshot(new BoardSnapshot.WardInfo("ward-33", "Ward 33", new BoardSnapshot.CsuInfo("c", "C"), "dark"),
                TODAY, "Europe/London", 7, List.of(), null, null, null, huddle);
    }

    private static String huddle(HuddleBoard.Status status) {
        return BoardPage.Templates.board$huddle(snapshot(new HuddleBoard(status, List.of(), List.of()))).render();
    }

    private static String actions(HuddleBoard board) {
        return BoardPage.Templates.board$actions(snapshot(board)).render();
    }

    private static String thanks(HuddleBoard board) {
        return BoardPage.Templates.board$thanks(snapshot(board)).render();
    }

    /** Each shown item's words. */
    private static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("<p class=\"foot-item[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            items.add(words(m.group(1)));
        }
        return items;
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        return start < 0 ? "" : html.substring(start, html.indexOf(to, start) + to.length());
    }

    /** The text a reader sees: tags dropped, spaces collapsed. */
    private static String words(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&middot;", "·").replaceAll("\\s+", " ").trim();
    }
}
