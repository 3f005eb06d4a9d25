package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.common.AppBuild;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;

/**
 * A wall screen is honest when it is stale, and keeps going for months: it says it is not live (and since
 * when) without hiding any figure, even with no script at all; it moves to the new day at the trust's
 * midnight; it reloads once when the server is upgraded under it; and it moves by a pixel or two now and
 * then without anything leaving the screen.
 */
@QuarkusTest
class StaleWallBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    /** The regions a ward reads: each must keep its place and size while the banner shows. */
    private static final String REGIONS = "var out = {}, m = /matrix\\(([^)]+)\\)/.exec(getComputedStyle(document.body).transform),"
            + " shift = m ? m[1].split(',') : [0, 0, 0, 0, 0, 0];" // the pixel shift, taken off
            + "document.querySelectorAll('#measures, #ideas, #escalations, .wall-foot, [data-measure]').forEach(function (e, i) {"
            + "  var b = e.getBoundingClientRect(); if (b.width === 0 && b.height === 0) { return; }"
            + "  out[(e.id || e.dataset.measure || e.className) + '#' + i] = [b.left - parseFloat(shift[4]),"
            + "    b.top - parseFloat(shift[5]), b.width, b.height, b.right, b.bottom]; });"
            + "return out;";

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;

    @Inject
    OpenConnections connections;
    @Inject
    TrustClock clock;
    @Inject
    AppBuild build;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void putBack() {
        clock.setClock(null);
        build.setId(null);
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        offline(false);
    }

    /** The server out of reach: the browser's network off, as when a cable is pulled or the server's host is down. */
    private static void offline(boolean off) {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", off, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Server unreachable (the live socket dropped, and the socket, the live region and the clock blocked):
     * within 15 s the banner says the board is not live and since when, over the header strip only, every
     * region where it was. Back online, a full resync shows a change made meanwhile, and the banner goes.
     */
    @Test
    void unreachableTheBannerSaysSoOverTheHeaderThenClearsAfterAResyncThatShowsWhatChanged() {
        String ward = "ward-23";
        String measure = "staff-sickness";
        open(ward);
        String next = "3".equals(tileValue(measure)) ? "4" : "3";
        Map<String, List<Number>> before = regions();
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed(), "no banner while live");

        offline(true);
        long lost = System.nanoTime();
        connections.stream().filter(c -> ward.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
        waitUntil(Duration.ofSeconds(15), "the banner", () -> driver.findElement(By.id("not-live")).isDisplayed());
        System.out.printf("[StaleWallBrowserTest] connection lost -> banner shown: %d ms%n", (System.nanoTime() - lost) / 1_000_000);
        assertEquals("offline", liveState());
        String banner = driver.findElement(By.id("not-live")).getText().replaceAll("\\s+", " ");
        assertTrue(banner.matches("Not live since \\d\\d:\\d\\d, \\w{3} \\d{1,2} \\w{3,4} · figures and date may be out of date"),
                banner);
        assertStillInPlace(before, regions());
        assertEquals(Boolean.TRUE, js("var n = document.getElementById('not-live').getBoundingClientRect(),"
                + " h = document.querySelector('.wall-header').getBoundingClientRect(),"
                + " m = document.getElementById('measures').getBoundingClientRect();"
                + " return n.top <= h.top + 1 && n.bottom <= h.bottom + 1 && n.bottom <= m.top && n.width >= innerWidth - 8"),
                "the banner lies over the header strip, the width of the screen, and above the measures");
        assertEquals(Boolean.TRUE, js("var w = document.querySelector('.not-live-words');"
                + " return w.scrollWidth <= w.clientWidth + 1"), "the banner's words all shown at 1920x1080");
        assertTrue(capHeight(".not-live-words strong") >= 28 && capHeight(".not-live-more") >= 24,
                "the banner read from 4 m: " + capHeight(".not-live-words strong") + " px");
        assertEquals(Boolean.TRUE, js("var i = document.querySelector('.not-live-icon');"
                + " return i.complete && i.naturalWidth > 0"), "the served icon shown");
        Browser.saveScreenshot(driver, "wall-not-live.png");

        // Changed while the screen could not hear of it; then the server is reachable again.
        int version = TestApi.todaysEntryVersion(ward, measure);
        TestApi.putEntry(ward, measure, "today", "{\"value\": " + next + (version < 0 ? "" : ", \"version\": " + version) + "}")
                .statusCode(version < 0 ? 201 : 200);
        offline(false);
        long back = System.nanoTime();
        waitUntil(Duration.ofSeconds(60), "live again with the change",
                () -> "live".equals(liveState()) && next.equals(tileValue(measure)));
        System.out.printf("[StaleWallBrowserTest] reachable -> live with the change: %d ms%n", (System.nanoTime() - back) / 1_000_000);
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed(), "the banner is gone once live");
        assertEquals(1L, js("return window.__notReloaded"), "caught up without a reload");
    }

    /**
     * The header read from 3 m at every size, nothing in it overlapping whatever the live status says; the
     * banner over it says all its words and covers nothing else.
     */
    @Test
    void theHeaderAndTheBannerFitEverySize() {
        open("ward-31");
        try {
            for (int[] size : new int[][] { { 1920, 1080 }, { 1280, 720 }, { 1366, 768 }, { 1920, 1200 }, { 1024, 768 },
                    { 3840, 2160 }, { 1080, 1920 } }) {
                String name = size[0] + "x" + size[1];
                screen(size[0], size[1]);
                for (String state : List.of("live", "reconnecting", "connecting")) {
                    js("var l = document.getElementById('live'); l.dataset.state = arguments[0];"
                            + " l.querySelector('.live-text').textContent = arguments[1];",
                            state, state.equals("live") ? "Live" : state.equals("reconnecting") ? "Reconnecting" : "Connecting");
                    assertEquals(List.of(), js("var parts = ['.ward-title h1', '.ward-title p', '#today', '#clock', '#huddle', '#live'],"
                            + " boxes = [], bad = [];"
                            + "parts.forEach(function (s) { var e = document.querySelector(s); if (!e) { return; } var b = e.getBoundingClientRect();"
                            + "  if (b.width > 0 && getComputedStyle(e).display !== 'none') { boxes.push([s, b]); }"
                            + "  if (b.right > innerWidth || b.left < 0) { bad.push(s + ' off the screen'); } });"
                            + "boxes.forEach(function (a, i) { boxes.slice(i + 1).forEach(function (c) {"
                            + "  if (a[1].right > c[1].left + 0.5 && c[1].right > a[1].left + 0.5 && a[1].bottom > c[1].top && c[1].bottom > a[1].top) {"
                            + "    bad.push(a[0] + ' overlaps ' + c[0]); } }); });"
                            + "return bad;"), name + ", header in state " + state);
                }
                double rem = ((Number) js("return parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue();
                assertTrue(capHeight("#today") >= 0.75 * rem && capHeight("#live .live-text") >= 0.75 * rem,
                        name + ": date and live status at 1.1rem or more (cap height 24 px at 1080p)");
                js("document.getElementById('not-live').classList.add('is-shown')");
                assertEquals(Boolean.TRUE, js("var n = document.getElementById('not-live').getBoundingClientRect(),"
                        + " h = document.querySelector('.wall-header').getBoundingClientRect(),"
                        + " m = document.getElementById('measures').getBoundingClientRect(),"
                        + " w = document.querySelector('.not-live-words');"
                        + " return n.bottom <= h.bottom + 1 && n.bottom <= m.top && w.scrollWidth <= w.clientWidth + 1"
                        + " && w.scrollHeight <= w.clientHeight + 1"),
                        name + ": the banner over the header strip alone, all its words shown");
                if (size[0] < 3000) {
                    Browser.saveScreenshot(driver, "wall-not-live-" + name + ".png");
                }
                js("document.getElementById('not-live').classList.remove('is-shown')");
            }
        } finally {
            screen(1920, 1080);
        }
        assertTrue(capHeight("#today") >= 24, "date cap height " + capHeight("#today"));
        assertTrue(capHeight("#live .live-text") >= 24, "live status cap height " + capHeight("#live .live-text"));
        assertEquals(Boolean.TRUE, js("var i = document.querySelector('#live .live-icon');"
                + " return i.getAttribute('src') === '/img/live.svg' || i.getAttribute('src') === '/img/reconnecting.svg'"),
                "a served icon, not a symbol from the TV's fonts");
    }

    /** No script at all: the page itself says, within a minute, that it is not live and since when. */
    @Test
    void withItsScriptBlockedThePageSaysWithinAMinuteThatItIsNotLive() {
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/board.js")));
        String ward = "ward-33";
        long loaded = System.nanoTime();
        ZonedDateTime at = ZonedDateTime.now(clock.zone());
        openPage(ward);
        assertEquals("Connecting", driver.findElement(By.cssSelector("#live .live-text")).getText());
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed(), "not at once: it may yet be live");
        assertTrue(driver.findElement(By.id("clock")).getText().matches("\\d\\d:\\d\\d"), "a clock, as served");
        waitUntil(Duration.ofSeconds(60), "the page's own banner", () -> driver.findElement(By.id("not-live")).isDisplayed());
        System.out.printf("[StaleWallBrowserTest] no script: banner after %d ms%n", (System.nanoTime() - loaded) / 1_000_000);
        assertEquals(null, js("return document.body.dataset.shift === undefined ? null : 'ran'"), "board.js never ran");
        String banner = driver.findElement(By.id("not-live")).getText().replaceAll("\\s+", " ");
        assertTrue(banner.startsWith("Not live since ") && banner.endsWith(" · figures and date may be out of date"), banner);
        assertTrue(banner.contains(DateTimeFormatter.ofPattern("HH:mm, EEE d MMM", Locale.UK).format(at))
                || banner.contains(DateTimeFormatter.ofPattern("HH:mm, EEE d MMM", Locale.UK).format(at.plusMinutes(1))),
                "since the page was served: " + banner);
        Browser.saveScreenshot(driver, "wall-no-script.png");
    }

    /** The script ran, then stopped (crashed, hung): the page's banner comes back by itself. */
    @Test
    void whenItsScriptStopsThePageSaysWithinAMinuteThatItIsNotLive() {
        open("ward-43");
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed());
        // Every timer the script has, stopped: it never runs again.
        js("var last = setTimeout(function () {}, 0); for (var i = 0; i <= last + 100; i++) { clearTimeout(i); clearInterval(i); }");
        ZonedDateTime stopped = ZonedDateTime.now(clock.zone());
        waitUntil(Duration.ofSeconds(60), "the page's own banner", () -> driver.findElement(By.id("not-live")).isDisplayed());
        String banner = driver.findElement(By.id("not-live")).getText().replaceAll("\\s+", " ");
        DateTimeFormatter since = DateTimeFormatter.ofPattern("HH:mm, EEE d MMM", Locale.UK);
        assertTrue(banner.contains(since.format(stopped)) || banner.contains(since.format(stopped.minusMinutes(1))),
                "since the script last ran: " + banner);
    }

    /**
     * The trust's clock at 23:59:40: the screen's clock runs on it, and at midnight the date in the header and
     * the board's day move to the new day.
     */
    @Test
    void atTheTrustsMidnightTheScreenMovesToTheNewDay() {
        ZonedDateTime realNow = ZonedDateTime.now(clock.zone());
        ZonedDateTime lateEvening = realNow.toLocalDate().atTime(LocalTime.of(23, 59, 40)).atZone(clock.zone());
        clock.setClock(Clock.offset(Clock.system(clock.zone()), Duration.between(realNow.toInstant(), lateEvening.toInstant())));
        LocalDate day = clock.today();
        String ward = "ward-21";
        open(ward);
        waitUntil(Duration.ofSeconds(5), "the trust's time learned", () -> driver.findElement(By.id("clock")).getText().equals("23:59"));
        assertEquals(day.toString(), js("return document.getElementById('board-live').dataset.date"));
        assertEquals(DAY.format(day), driver.findElement(By.id("today")).getText());

        waitUntil(Duration.ofSeconds(60), "the new day's board", () -> day.plusDays(1).toString()
                .equals(js("return document.getElementById('board-live').dataset.date")));
        assertEquals(DAY.format(day.plusDays(1)), driver.findElement(By.id("today")).getText(), "the header's date");
        assertTrue(driver.findElement(By.id("clock")).getText().startsWith("00:0"), driver.findElement(By.id("clock")).getText());
        assertEquals("live", liveState());
        assertEquals(1L, js("return window.__notReloaded"), "without a reload");
    }

    /** The server upgraded under an open screen: its next snapshot has another build; the screen reloads, once. */
    @Test
    void anUpgradedServerReloadsTheScreenOnceNotTwice() {
        String ward = "ward-14";
        @SuppressWarnings("unchecked")
        Map<String, Object> counter = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "try { sessionStorage.setItem('test-loads', String(Number(sessionStorage.getItem('test-loads') || 0) + 1)); } catch (e) {}"));
        try {
            open(ward);
            js("sessionStorage.setItem('test-loads', '1')");
            assertEquals(build.id(), js("return document.body.dataset.build"), "the page carries the server's build");
            assertTrue(build.id().matches(".+-[0-9a-f]{12}") && !build.id().endsWith("-e3b0c44298fc"),
                    "the version and a hash of the page and what it links (not of nothing): " + build.id());

            build.setId("upgraded-" + System.nanoTime());
            String upgraded = build.id();
            connections.stream().filter(c -> ward.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
            waitUntil(Duration.ofSeconds(30), "the new version's page, live",
                    () -> upgraded.equals(js("return document.body.dataset.build")) && "live".equals(liveState()));
            assertEquals(null, js("return window.__notReloaded === undefined ? null : 1"), "reloaded");
            assertEquals("2", js("return sessionStorage.getItem('test-loads')"), "loaded once more");

            // A page of the old build comes back (a cache on the way): the screen does not reload again.
            js("window.__notReloaded = 1; document.body.dataset.build = 'old'");
            connections.stream().filter(c -> ward.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
            waitUntil(Duration.ofSeconds(5), "the drop noticed", () -> !"live".equals(liveState()));
            waitUntil(Duration.ofSeconds(30), "live again", () -> "live".equals(liveState()));
            sleep(Duration.ofSeconds(7)); // past the few seconds a reload waits
            assertEquals(1L, js("return window.__notReloaded"), "not reloaded twice");
            assertEquals("2", js("return sessionStorage.getItem('test-loads')"));
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", counter.get("identifier")));
        }
    }

    /**
     * Each place of the slow pixel shift: the whole board moves by 4 px at most and nothing leaves the screen.
     * The script picks the place from the time of day.
     */
    @Test
    void thePixelShiftMovesTheBoardAFewPixelsAndKeepsItAllInView() {
        open("ward-41");
        assertTrue(String.valueOf(js("return document.body.dataset.shift")).matches("[0-7]"), "set by the script");
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js("var body = document.body, was = body.dataset.shift, most = 0, moved = 0, out = [];"
                + "function places() { var p = [];"
                + "  document.querySelectorAll('.wall-header h1, #clock, #live, #measures, #ideas, #escalations, .wall-foot, [data-measure]')"
                + "    .forEach(function (e) { var b = e.getBoundingClientRect(); if (b.width > 0) { p.push([e, b]); } }); return p; }"
                + "body.dataset.shift = '0'; var home = places();"
                + "for (var s = 1; s < 8; s++) { body.dataset.shift = String(s);"
                + "  places().forEach(function (p, i) { var b = p[1], h = home[i][1];"
                + "    var d = Math.max(Math.abs(b.left - h.left), Math.abs(b.top - h.top)); most = Math.max(most, d); if (d > 0) { moved++; }"
                + "    if (b.left < 0 || b.top < 0 || b.right > innerWidth || b.bottom > innerHeight) { out.push(s + ': ' + p[0].className); } }); }"
                + "var d = document.documentElement; if (d.scrollHeight > innerHeight || d.scrollWidth > innerWidth) { out.push('scrolls'); }"
                + "body.dataset.shift = was; return { most: most, moved: moved, out: out };");
        assertEquals(List.of(), seen.get("out"), "nothing leaves the screen");
        assertTrue(((Number) seen.get("most")).doubleValue() <= 4, "4 px at most: " + seen);
        assertTrue(((Number) seen.get("moved")).intValue() > 0, "it does move: " + seen);
    }

    // --- helpers ---

    private static void screen(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void openPage(String ward) {
        driver.get(base.resolve("/pair").toString());
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "display"), "/"));
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
    }

    private void open(String ward) {
        openPage(ward);
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), "the board live", () -> "live".equals(liveState()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Number>> regions() {
        return (Map<String, List<Number>>) js(REGIONS);
    }

    /** Same places and sizes (the pixel shift taken off); and all on the screen. */
    private static void assertStillInPlace(Map<String, List<Number>> before, Map<String, List<Number>> now) {
        assertEquals(before.keySet(), now.keySet(), "the same regions shown");
        long width = (Long) js("return innerWidth");
        long height = (Long) js("return innerHeight");
        before.forEach((id, b) -> {
            List<Number> n = now.get(id);
            for (int i = 0; i < 4; i++) {
                assertTrue(Math.abs(b.get(i).doubleValue() - n.get(i).doubleValue()) <= 0.5,
                        id + " kept its place and size: " + b + " then " + n);
            }
            assertTrue(n.get(0).doubleValue() >= 0 && n.get(1).doubleValue() >= 0 && n.get(4).doubleValue() <= width
                    && n.get(5).doubleValue() <= height, id + " on the screen: " + n);
        });
    }

    /** Cap height of an element's text, taken as 0.7 of its font size (design brief). */
    private static double capHeight(String selector) {
        return ((Number) js("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize) * 0.7",
                selector)).doubleValue();
    }

    private static String tileValue(String measure) {
        return (String) js("var v = document.querySelector(\"[data-measure='" + measure + "'] .value\");"
                + " return v ? v.textContent.trim() : null");
    }

    private static String liveState() {
        return (String) js("return document.getElementById('live').dataset.state");
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Duration timeout, String what, Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(() -> what + "; live state " + js("var l = document.getElementById('live'); return l && l.textContent.trim()"))
                .until(d -> condition.get());
    }
}
