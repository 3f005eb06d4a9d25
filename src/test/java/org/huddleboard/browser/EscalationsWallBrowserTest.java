package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.EscalationFixtures;
import org.huddleboard.escalation.EscalationState;
import org.huddleboard.escalation.Escalations;
import org.huddleboard.escalation.Severity;
import org.huddleboard.idea.IdeaColumn;
import org.huddleboard.idea.IdeaFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The escalations region of a paired wall screen in real Chromium at 1920×1080: what the ward
 * raised, worst first, and the answers that come back ("You said, we did"), live; the whole
 * screen still fits beside the measures and ideas of every demo ward.
 */
@QuarkusTest
class EscalationsWallBrowserTest {

    private static final String LONG = "Hoist in bay three out of service since the weekend and the spare one is on"
            + " another ward so moving patients waits for porters";
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;
    @Inject
    EscalationFixtures fixtures;
    @Inject
    TrustClock clock;
    @Inject
    IdeaFixtures ideas;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void raisedOnTheTabletAnsweredByTheManagerAndGoneWhenTheWardClosesIt() {
        String ward = "ward-14";
        openAsWallScreen(ward);
        assertEquals("live", js("return document.getElementById('live').dataset.state"));

        long id = Escalations.raise(ward, "Bladder scanner missing since Tuesday");
        waitFor(Duration.ofSeconds(2), "the new escalation in the open list",
                "return !!document.querySelector('#escalations .esc[data-id=\"" + id + "\"]')");
        String item = text("#escalations .esc[data-id=\"" + id + "\"]");
        assertTrue(item.contains("Bladder scanner missing since Tuesday"), item);
        assertTrue(item.contains("Routine") && item.contains("under 1 h"), item);
        assertTrue(item.contains("Tier 2 · Medicine CSU") && item.contains("Not yet acknowledged"), item);

        Escalations.act(as("manager"), as("manager"), id, "acknowledge", null).statusCode(200);
        waitFor(Duration.ofSeconds(2), "the owner shown",
                "var e = document.querySelector('#escalations .esc[data-id=\"" + id + "\"] .esc-owner');"
                        + " return !!e && e.textContent === 'Demo CSU Manager'");

        long before = System.nanoTime();
        Escalations.act(as("manager"), as("manager"), id, "resolve", "Replacement scanner delivered to the ward")
                .statusCode(200);
        waitFor(Duration.ofSeconds(1), "the answer in You said, we did within a second",
                "return !!document.querySelector('#escalations .said-did .answer[data-id=\"" + id + "\"]')");
        System.out.printf("[EscalationsWallBrowserTest] answer on the wall %d ms after the API call returned%n",
                (System.nanoTime() - before) / 1_000_000);
        String answer = text("#escalations .answer[data-id=\"" + id + "\"]");
        assertTrue(answer.contains("Bladder scanner missing since Tuesday"), "what the ward said: " + answer);
        assertTrue(answer.contains("We did: Replacement scanner delivered to the ward"), answer);
        assertFalse((Boolean) js("return !!document.querySelector('#escalations .esc[data-id=\"" + id + "\"]')"),
                "no longer in the open list");

        Escalations.act(asTablet(ward), asTablet(ward), id, "close", null).statusCode(200);
        waitFor(Duration.ofSeconds(2), "the answer gone once the ward closed it",
                "return !document.querySelector('#escalations [data-id=\"" + id + "\"]')");
        assertEquals("live", js("return document.getElementById('live').dataset.state"));
        assertTrue((Boolean) js("return getComputedStyle(document.getElementById('not-live')).visibility === 'hidden'"),
                "no not-live banner");
        assertTrue((Boolean) js("return document.querySelectorAll('#measures .tile').length > 0"
                + " && !!document.querySelector('#ideas h2') && !!document.querySelector('#measures .cross')"),
                "the other regions are still there");
    }

    @Test
    void sixOpenAndFourAnswersFitBesideEveryDemoWardsMeasuresAndIdeas() {
        for (String ward : List.of("ward-12", "ward-14", "ward-21", "ward-31", "ward-41", "ward-43")) {
            List<Long> made = new ArrayList<>();
            try {
                sixOpenAndFourAnswers(ward, made);
                openAsWallScreen(ward);
                Browser.saveScreenshot(driver, "wall-escalations-" + ward + ".png");
                Map<String, Object> fit = WallFit.check(driver);
                System.out.println("[EscalationsWallBrowserTest] " + ward + " with 6 open and 4 answers: " + fit);
                assertTrue((Boolean) fit.get("ok"), ward + " fits: " + fit);

                long open = (Long) js("return Number(document.getElementById('escalations').dataset.open)");
                long answered = (Long) js("return Number(document.getElementById('escalations').dataset.answered)");
                assertTrue(open >= 6 && answered >= 4, "ours at least: " + open + " open, " + answered + " answered");
                assertEquals(2L, js("return document.querySelectorAll('#escalations .esc').length"));
                assertEquals(1L, js("return document.querySelectorAll('#escalations .answer').length"));
                assertEquals("+" + (open - 2) + " more open", js("return document.querySelector("
                        + "'#escalations h2 .esc-more').textContent"));
                assertEquals("+" + (answered - 1) + " more answers", js("return document.querySelector("
                        + "'#escalations .said-did .esc-more').textContent"));
                assertEquals(Boolean.TRUE, js("var e = document.querySelector('#escalations .esc.is-overdue');"
                        + "var img = e && e.querySelector('.overdue img');"
                        + "return !!img && img.complete && img.naturalWidth > 0 && img.getAttribute('src') === '/img/overdue.svg'"
                        + " && e.querySelector('.overdue').textContent.trim() === 'Overdue'"
                        + " && img.getBoundingClientRect().width >= 24;"),
                        "an overdue escalation shows the served icon and the word");
                @SuppressWarnings("unchecked")
                List<Number> caps = (List<Number>) js("return Array.prototype.map.call(document.querySelectorAll("
                        + "'#escalations h2, #escalations h3, #escalations .esc-title, #escalations .esc-status,"
                        + " #escalations .answer-said, #escalations .answer-did'),"
                        + " function (e) { return parseFloat(getComputedStyle(e).fontSize) * 0.7; })");
                assertTrue(caps.size() >= 8, "headings, titles, status lines and answers: " + caps);
                for (Number cap : caps) {
                    assertTrue(cap.doubleValue() >= 24, "cap height at least 24 px, was " + cap + " in " + caps);
                }
            } finally {
                fixtures.delete(made);
            }
        }
    }

    /** The fullest ideas region (every shown card owned and overdue, long titles) with the escalations beside it. */
    @Test
    void theFullestIdeasAndEscalationsFitTogether() {
        String ward = "ward-23";
        List<Long> cards = new ArrayList<>();
        List<Long> made = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Instant now = Instant.now();
        try {
            for (int i = 0; i < 8; i++) {
                cards.add(ideas.card(ward, (i + ". " + LONG).substring(0, 120),
                        i % 2 == 0 ? IdeaColumn.TESTING : IdeaColumn.NEW, "Charge nurse " + i, today.minusDays(2),
                        now.plusSeconds(60 - i)));
            }
            cards.add(ideas.celebrated(ward, ("Celebrated: " + LONG).substring(0, 120), today, LONG + "; " + LONG, null,
                    now.plusSeconds(120)));
            sixOpenAndFourAnswers(ward, made);
            openAsWallScreen(ward);
            Browser.saveScreenshot(driver, "wall-escalations-fullest-ideas.png");
            Map<String, Object> fit = WallFit.check(driver);
            System.out.println("[EscalationsWallBrowserTest] fullest ideas and 6 open, 4 answers: " + fit);
            assertTrue((Boolean) fit.get("ok"), "fits: " + fit);
            assertEquals(3L, js("return document.querySelectorAll('#ideas [data-column=TESTING] .idea-meta .overdue').length"),
                    "every Testing card shown has its overdue line");
            assertEquals(3L, js("return document.querySelectorAll('#escalations .esc, #escalations .answer').length"));
        } finally {
            fixtures.delete(made);
            ideas.delete(cards);
        }
    }

    /**
     * Overdue is a matter of time alone: with no change to send, the wall reads its board again
     * when the server said the soonest mark changes. The page's long timers are caught so the
     * test need not wait the minute it would.
     */
    @Test
    void anEscalationTurnsOverdueOnTheWallWithNoChangeSent() {
        String ward = "ward-21";
        ZoneId london = ZoneId.of("Europe/London");
        Instant t = LocalDate.now(london).plusDays(1).atStartOfDay(london).toInstant().minusSeconds(60);
        List<Long> made = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> shim = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__refreshes = []; var realSetTimeout = window.setTimeout;"
                        + "window.setTimeout = function (fn, ms) {"
                        + "  if (ms >= 60000) { window.__refreshes.push({ fn: fn, ms: ms }); return 0; }"
                        + "  return realSetTimeout.apply(window, arguments); };"));
        try {
            clock.setClock(Clock.fixed(t, ZoneOffset.UTC));
            long id = fixtures.waiting(ward, "Theatre trolley missing", Severity.URGENT,
                    t.minus(Duration.ofHours(2)).plusSeconds(30), 2, null);
            made.add(id);
            made.add(Escalations.raise(ward, "Raised just now")); // the live path: screens read the board again
            openAsWallScreen(ward);
            String item = "#escalations .esc[data-id=\"" + id + "\"]";
            assertEquals(Boolean.FALSE, js("return document.querySelector('" + item
                    + "').classList.contains('is-overdue')"), "30 seconds left to acknowledge it");
            assertEquals("30", js("return document.getElementById('escalations').dataset.refreshIn"),
                    "the soonest change: its age turning 2 h, a second before its acknowledgement target passes");
            assertEquals(61000L, js("var r = window.__refreshes; return r.length ? r[r.length - 1].ms : null"),
                    "read again 31 s after the board said, once any board read before then is out of date");

            clock.setClock(Clock.fixed(t.plusSeconds(120), ZoneOffset.UTC));
            js("var r = window.__refreshes; r[r.length - 1].fn()");
            waitFor(Duration.ofSeconds(2), "the overdue mark without any change sent",
                    "var e = document.querySelector('" + item + "');"
                            + " return !!e && e.classList.contains('is-overdue')"
                            + " && e.querySelector('.overdue').textContent.trim() === 'Overdue'");
            assertEquals("live", js("return document.getElementById('live').dataset.state"));
        } finally {
            clock.setClock(null);
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", shim.get("identifier")));
            fixtures.delete(made);
        }
    }

    /** Six open escalations and four answers, the shown ones as tall as they get; the sixth through the live path. */
    private void sixOpenAndFourAnswers(String ward, List<Long> made) {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            String title = i % 2 == 0 ? (i + ". " + LONG).substring(0, 120) : "Escalation " + i + " from the huddle";
            made.add(fixtures.waiting(ward, title, i < 3 ? Severity.URGENT : Severity.ROUTINE,
                    now.minus(Duration.ofHours(3 + 10L * i)), i == 4 ? 3 : 2, i % 3 == 0 ? null : "Sr M."));
        }
        for (int i = 0; i < 4; i++) {
            made.add(fixtures.answered(ward, i == 0 ? LONG.substring(0, 120) : "Answered escalation " + i,
                    i == 1 ? EscalationState.HANDED_BACK : EscalationState.RESOLVED,
                    i == 0 ? "Hoist repaired and serviced; " + LONG : "Sorted at the CSU huddle",
                    now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1 + i))));
        }
        // A screen that had this board cached reads it again on a change through the live path.
        made.add(Escalations.raise(ward, "Escalation 5 from the huddle"));
    }

    /** As a paired wall screen of the ward: its device cookie, no person signed in. */
    private void openAsWallScreen(String ward) {
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "display")));
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
        waitFor(Duration.ofSeconds(10), "the board live", "return document.getElementById('live')"
                + " && document.getElementById('live').dataset.state === 'live'");
    }

    private static void waitFor(Duration limit, String what, String script) {
        new WebDriverWait(driver, limit, Duration.ofMillis(20)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(js(script)));
    }

    private static String text(String selector) {
        return (String) js("return document.querySelector('" + selector.replace("'", "\\'")
                + "').textContent.replace(/\\s+/g, ' ').trim()");
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }
}
