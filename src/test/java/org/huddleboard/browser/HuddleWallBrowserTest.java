package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.huddleboard.huddle.HuddleFixtures;
import org.huddleboard.huddle.Huddles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The huddle on a paired wall screen in real Chromium: its status and timer in the header, live,
 * on the server's clock whatever the screen's own says; actions and thanks in the foot, live; and
 * the whole screen still fits at 1920×1080 and 1280×720 with six actions and three thanks.
 */
@QuarkusTest
class HuddleWallBrowserTest {

    private static final String WARD = "ward-31";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String LONG = "Ask estates to replace the broken call bell in bay three and check every other bell on"
            + " the ward before the weekend, then tell the night team at handover what was done and what is still to do";
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;
    @Inject
    TrustClock clock;
    @Inject
    HuddleFixtures fixtures;
    @Inject
    OpenConnections connections;

    private final List<String> huddleWards = new ArrayList<>();
    private final List<Long> huddles = new ArrayList<>();
    private final List<Long> actions = new ArrayList<>();
    private final List<Long> thanks = new ArrayList<>();

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

    @AfterEach
    void leaveTheWardsAsTheyWere() {
        clock.setClock(null);
        screen(1920, 1080);
        for (String ward : huddleWards) {
            Huddles.endAny(ward);
        }
        fixtures.deleteActions(actions);
        fixtures.deleteThanks(thanks);
        fixtures.deleteHuddles(huddles);
        huddleWards.clear();
        huddles.clear();
        actions.clear();
        thanks.clear();
    }

    /**
     * The screen's own clock is seven minutes fast, as a TV's may be: the timer still counts from
     * the server's start on the server's time, read from /api/time, and keeps counting across
     * a dropped connection.
     */
    @Test
    void aHuddleStartedOnTheTabletShowsLiveWithItsTimerOnTheServersClock() {
        @SuppressWarnings("unchecked")
        Map<String, Object> fast = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "var realNow = Date.now; Date.now = function () { return realNow.call(Date) + 420000; };"));
        try {
            TestAuth.device(WARD, "ward"); // paired before, so the timing below is the start's alone
            openAsWallScreen(WARD);
            waitFor(Duration.ofSeconds(5), "the server's time learned",
                    "return document.body.dataset.clockOffset !== undefined");
            long offset = (Long) js("return Number(document.body.dataset.clockOffset)");
            assertTrue(Math.abs(offset + 420000) < 2000, "the screen is 7 minutes fast: offset " + offset);

            Huddles.endAny(WARD); // one at a time: none left running by another test
            // Started 9 min 55 s ago by the server's clock: the timer turns from 9 to 10 in five seconds.
            clock.setClock(Clock.offset(Clock.system(LONDON), Duration.ofSeconds(-595)));
            long sent = System.nanoTime();
            huddles.add(startHuddle(WARD));
            clock.setClock(null);
            waitFor(Duration.ofSeconds(1), "the huddle in progress within a second",
                    "return document.getElementById('huddle').dataset.state === 'running'");
            System.out.printf("[HuddleWallBrowserTest] huddle on the wall %d ms after the start was sent%n",
                    (System.nanoTime() - sent) / 1_000_000);
            assertEquals("Huddle in progress 9 min of 10", huddleText(),
                    "not 16 min: the screen's clock is fast, the server's is not");
            assertEquals(Boolean.TRUE, js("var img = document.querySelector('#huddle .huddle-icon');"
                    + " return !!img && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width >= 24"),
                    "the served icon beside the words");
            waitFor(Duration.ofSeconds(12), "the timer at 10 minutes", "return document.getElementById('huddle')"
                    + ".textContent.replace(/\\s+/g, ' ').trim() === 'Huddle in progress 10 min of 10'");

            // A dropped connection and the snapshot after it do not reset the timer.
            connections.stream().filter(c -> WARD.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
            waitFor(Duration.ofSeconds(5), "the screen noticed", "return document.getElementById('live').dataset.state !== 'live'");
            waitFor(Duration.ofSeconds(15), "live again", "return document.getElementById('live').dataset.state === 'live'");
            assertEquals("Huddle in progress 10 min of 10", huddleText());

            Huddles.endAny(WARD);
            waitFor(Duration.ofSeconds(1), "held, within a second",
                    "return document.getElementById('huddle').dataset.state === 'held'");
            assertTrue(huddleText().matches("Huddle held \\d\\d:\\d\\d · 10 min"), huddleText());

            // Past its target: how long, and how much over, with the over-time icon.
            clock.setClock(Clock.offset(Clock.system(LONDON), Duration.ofSeconds(-750)));
            huddles.add(startHuddle(WARD));
            clock.setClock(null);
            waitFor(Duration.ofSeconds(1), "the second huddle in progress",
                    "return document.getElementById('huddle').dataset.state === 'running'");
            assertEquals("Huddle in progress 12 min · 2 over", huddleText());
            // The icon arrives with the region; the browser loads it a moment later.
            waitFor(Duration.ofSeconds(3), "over its target: the icon and the word, not colour alone",
                    "var r = document.getElementById('huddle'), img = r.querySelector('.huddle-timer img');"
                    + " return r.classList.contains('is-over') && !!img && img.getAttribute('src') === '/img/over-time.svg'"
                    + " && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width >= 24");
            Map<String, Object> fit = WallFit.check(driver);
            assertTrue((Boolean) fit.get("ok"), "the header keeps its line: " + fit);
            Browser.saveScreenshot(driver, "wall-huddle-over.png");
            assertEquals(1L, js("return window.__notReloaded"), "all without a reload");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", fast.get("identifier")));
        }
    }

    @Test
    void actionsAndThanksReachTheWallLiveAndAnOverdueActionIsMarked() {
        LocalDate today = LocalDate.now(LONDON);
        // Agreed at a huddle long ago and never done: first on the wall, marked overdue.
        actions.add(fixtures.action(WARD, "Replace the broken commode in bay two", "Sr M", today.minusDays(300),
                today.minusDays(310)));
        // Through the API, so a screen joining reads the board again rather than one read before.
        actions.add(addAction("Restock the dressing trolley", "Jo", today.plusDays(5)).getLong("id"));
        openAsWallScreen(WARD);
        String overdue = "#actions .foot-item[data-id=\"" + actions.get(0) + "\"]";
        assertEquals(Boolean.TRUE, js("var e = document.querySelector('" + overdue + "');"
                + " var img = e && e.querySelector('.overdue img');"
                + " return !!img && img.complete && img.naturalWidth > 0 && img.getAttribute('src') === '/img/overdue.svg'"
                + " && e.querySelector('.overdue').textContent.trim() === 'Overdue' && img.getBoundingClientRect().width >= 24"
                + " && e.classList.contains('is-overdue');"), "the overdue icon and the word: "
                        + js("return document.getElementById('actions').outerHTML"));
        assertEquals("Overdue Replace the broken commode in bay two Sr M · due "
                + today.minusDays(300).format(DateTimeFormatter.ofPattern("d MMM")), text(overdue));
        long open = (Long) js("return Number(document.getElementById('actions').dataset.open)");

        long sentAction = System.nanoTime();
        JsonPath made = addAction("Chase the hoist repair", "Sam", today);
        long id = made.getLong("id");
        actions.add(id);
        waitFor(Duration.ofSeconds(1), "the new action counted within a second",
                "return Number(document.getElementById('actions').dataset.open) === " + (open + 1));
        System.out.printf("[HuddleWallBrowserTest] action on the wall %d ms after it was sent%n",
                (System.nanoTime() - sentAction) / 1_000_000);
        assertEquals(String.valueOf(open + 1), text("#actions .foot-count"));
        List<Long> order = asTablet(WARD).get("/api/wards/" + WARD + "/actions").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
        if (order.indexOf(id) < 2) { // the wall shows two when there are no thanks (others' overdue ones come first)
            assertEquals("Chase the hoist repair Sam · due today", text("#actions .foot-item[data-id=\"" + id + "\"]"));
        }
        assertEquals("+" + (open - 1) + " more actions", text("#actions .foot-more"));
        assertEquals("2", js("return document.getElementById('board-live').dataset.foot"),
                "two lines of the foot: two actions");
        assertTrue((Boolean) WallFit.check(driver).get("ok"), "fits: " + WallFit.check(driver));

        long sent = System.nanoTime();
        String words = "Thank you to the night team for two extra admissions";
        long note = asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", words, "by", "Sister K"))
                .post("/api/wards/" + WARD + "/thanks").then().statusCode(201).extract().jsonPath().getLong("id");
        thanks.add(note);
        waitFor(Duration.ofSeconds(1), "the thanks within a second",
                "return !!document.querySelector('#thanks .foot-item[data-id=\"" + note + "\"]')");
        System.out.printf("[HuddleWallBrowserTest] thanks on the wall %d ms after it was sent%n",
                (System.nanoTime() - sent) / 1_000_000);
        assertEquals(words + " Sister K", text("#thanks .foot-item[data-id=\"" + note + "\"]"), "newest first");
        assertEquals(Boolean.TRUE, js("var img = document.querySelector('#thanks .foot-icon');"
                + " return !document.getElementById('thanks').hidden && !!img && img.getAttribute('src') === '/img/thanks.svg'"
                + " && img.complete && img.naturalWidth > 0"), "the star and the word Thanks");
        assertTrue(text("#thanks .foot-label").startsWith("Thanks"), text("#thanks .foot-label"));
        waitFor(Duration.ofSeconds(1), "with thanks on the wall, one action: the overdue one",
                "return document.querySelectorAll('#actions .foot-item').length === 1");
        assertEquals("+" + open + " more actions", text("#actions .foot-more"));
        assertEquals("2", js("return document.getElementById('board-live').dataset.foot"), "one line each");

        asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", made.getInt("version")))
                .post("/api/wards/" + WARD + "/actions/" + id + "/done").then().statusCode(200);
        waitFor(Duration.ofSeconds(1), "done: gone from the wall within a second",
                "return Number(document.getElementById('actions').dataset.open) === " + open
                        + " && !document.querySelector('#actions [data-id=\"" + id + "\"]')");

        asTablet(WARD).delete("/api/wards/" + WARD + "/thanks/" + note).then().statusCode(204);
        waitFor(Duration.ofSeconds(1), "the thanks taken down, and two actions again in their place",
                "return !document.querySelector('#thanks [data-id=\"" + note + "\"]')"
                        + " && (!document.getElementById('thanks').hidden"
                        + " || document.querySelectorAll('#actions .foot-item').length === 2)");
        assertEquals(1L, js("return window.__notReloaded"), "all without a reload");
        assertTrue((Boolean) WallFit.check(driver).get("ok"), "fits: " + WallFit.check(driver));
    }

    /**
     * The fullest foot (six actions, two overdue, and three thanks, all as long as they may be, with
     * long owners) and the widest header (a huddle past its target), on every demo ward.
     */
    @Test
    void sixActionsAndThreeThanksFitEveryDemoWardAt1920And1280() {
        LocalDate today = LocalDate.now(LONDON);
        for (String ward : List.of("ward-12", "ward-14", "ward-21", "ward-23", "ward-31", "ward-33", "ward-41",
                "ward-43")) {
            int made = actions.size();
            for (int i = 0; i < 6; i++) {
                actions.add(fixtures.action(ward, cut(i + ". " + LONG, 200),
                        ("Charge nurse " + i + " of the late shift and the bank team").substring(0, 40),
                        i < 2 ? today.minusDays(3 - i) : today.plusDays(i), today.minusDays(5)));
            }
            for (int i = 0; i < 3; i++) {
                thanks.add(fixtures.thanks(ward, cut(i + ". Thank you " + LONG, 200),
                        "Sister K of the night team", today));
            }
            Huddles.endAny(ward); // one at a time: none left running by another test
            clock.setClock(Clock.offset(Clock.system(LONDON), Duration.ofSeconds(-13 * 60 - 30)));
            huddleWards.add(ward);
            huddles.add(startHuddle(ward)); // also makes the wall read its board again
            clock.setClock(null);
            for (int[] size : new int[][] { { 1920, 1080 }, { 1280, 720 } }) {
                screen(size[0], size[1]);
                openAsWallScreen(ward);
                Browser.saveScreenshot(driver, "wall-huddle-" + ward + "-" + size[0] + ".png");
                Map<String, Object> fit = WallFit.check(driver);
                System.out.println("[HuddleWallBrowserTest] " + ward + " at " + size[0] + "×" + size[1]
                        + " with 6 actions, 3 thanks and a huddle past its target: " + fit);
                assertTrue((Boolean) fit.get("ok"), ward + " fits at " + size[0] + ": " + fit);
                assertTrue(huddleText().startsWith("Huddle in progress 13 min · 3 over"), huddleText());
                long open = (Long) js("return Number(document.getElementById('actions').dataset.open)");
                assertTrue(open >= 6, "ours at least: " + open);
                assertEquals(1L, js("return document.querySelectorAll('#actions .foot-item').length"));
                assertEquals(1L, js("return document.querySelectorAll('#thanks .foot-item').length"));
                assertEquals("+" + (open - 1) + " more actions", js("return document.querySelector('#actions .foot-more')"
                        + ".textContent"));
                long shown = (Long) js("return Number(document.getElementById('thanks').dataset.count)");
                assertEquals("+" + (shown - 1) + " more thanks", js("return document.querySelector('#thanks .foot-more')"
                        + ".textContent"));
                @SuppressWarnings("unchecked")
                List<Number> caps = (List<Number>) js("return Array.prototype.map.call(document.querySelectorAll("
                        + "'#huddle, #actions .foot-label, #actions .foot-text, #actions .overdue, #actions .foot-more,"
                        + " #thanks .foot-label, #thanks .foot-text, #thanks .foot-more'),"
                        + " function (e) { return parseFloat(getComputedStyle(e).fontSize) * 0.7; })");
                double least = 24.0 * size[0] / 1920;
                assertTrue(caps.size() >= 8, "status, labels, texts, marks and counts: " + caps);
                for (Number cap : caps) {
                    assertTrue(cap.doubleValue() >= least, "cap height at least " + least + " px, was " + cap + " in " + caps);
                }
            }
            screen(1920, 1080);
            Huddles.endAny(ward);
            fixtures.deleteActions(actions.subList(made, actions.size()));
            fixtures.deleteThanks(thanks);
            thanks.clear();
        }
    }

    /** Without actions or thanks the foot takes no room, and the measures keep their height. */
    @Test
    void noActionsOrThanksTakeNoRoom() {
        String ward = "ward-43";
        // Whatever other tests left on the ward is closed first: this is about a ward with none.
        JsonPath open = new JsonPath(asTablet(ward).get("/api/wards/" + ward + "/actions").then().statusCode(200)
                .extract().asString());
        for (Map<String, Object> a : open.<Map<String, Object>> getList("$")) {
            asTablet(ward).contentType(ContentType.JSON).body(Map.of("version", a.get("version")))
                    .post("/api/wards/" + ward + "/actions/" + a.get("id") + "/drop").then().statusCode(200);
        }
        JsonPath thanks = new JsonPath(asTablet(ward).get("/api/wards/" + ward + "/thanks").then().statusCode(200)
                .extract().asString());
        for (Object id : thanks.getList("id")) {
            asTablet(ward).delete("/api/wards/" + ward + "/thanks/" + id).then().statusCode(204);
        }
        // HuddleFixtures writes and deletes rows behind the live path's back (no board change), so
        // the ward's live line may still hold a board read with them; a real change makes it read again.
        long note = asTablet(ward).contentType(ContentType.JSON).body(Map.of("text", "Passing thanks"))
                .post("/api/wards/" + ward + "/thanks").then().statusCode(201).extract().jsonPath().getLong("id");
        asTablet(ward).delete("/api/wards/" + ward + "/thanks/" + note).then().statusCode(204);
        openAsWallScreen(ward);
        assertEquals("0", js("return document.getElementById('board-live').dataset.foot"),
                (String) js("return document.querySelector('.wall-foot').outerHTML"));
        // Once the live snapshot has settled (it replaces the regions the page loaded with).
        try {
            waitFor(Duration.ofSeconds(5), "no room for an empty foot",
                    "return document.querySelector('.wall-foot').getBoundingClientRect().height === 0");
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the empty foot takes room: " + js("var f = document.querySelector('.wall-foot');"
                    + " return getComputedStyle(f).display + ' ' + f.getBoundingClientRect().height + ' '"
                    + " + document.getElementById('board-live').outerHTML.substring(0, 160) + ' ' + f.outerHTML"));
        }
        assertEquals(Boolean.TRUE, js("return document.getElementById('actions').hidden && document.getElementById('thanks').hidden"));
        // The tile places share the measures' height (board.css): without a foot it reaches the board's bottom.
        assertEquals(Boolean.TRUE, js("return Math.abs(document.getElementById('measures').getBoundingClientRect().bottom"
                + " - document.getElementById('board-live').getBoundingClientRect().bottom) < 1"), "the measures down to the bottom");
        assertTrue((Boolean) WallFit.check(driver).get("ok"), "fits: " + WallFit.check(driver));
    }

    private static JsonPath addAction(String text, String owner, LocalDate due) {
        return asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", text, "owner", owner, "dueDate",
                due.toString())).post("/api/wards/" + WARD + "/actions").then().statusCode(201).extract().jsonPath();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private long startHuddle(String ward) {
        return Huddles.start(ward, "Sister K", 6, List.of("NURSE_IN_CHARGE", "HCA"));
    }

    private static void screen(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** As a paired wall screen of the ward: its device cookie, no person signed in. */
    private void openAsWallScreen(String ward) {
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "display")));
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
        js("window.__notReloaded = 1");
        waitFor(Duration.ofSeconds(10), "the board live", "return document.getElementById('live')"
                + " && document.getElementById('live').dataset.state === 'live'");
    }

    private static String huddleText() {
        return text("#huddle");
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
