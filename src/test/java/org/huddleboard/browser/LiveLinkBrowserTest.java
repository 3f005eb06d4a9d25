package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;

/**
 * The live link can fail without closing: a proxy drops an idle connection, or one message is lost.
 * The wall must not go on saying "Live" over a link that has fallen silent, and must notice a lost
 * change at the next one and catch up. The page's WebSocket is wrapped (test-side, over the
 * DevTools protocol; nothing in the app) so that the test can drop what arrives while the
 * connection stays open, as a dead link does.
 */
@QuarkusTest
class LiveLinkBrowserTest {

    /** Wraps the page's WebSocket: {@code __silent} drops every message, {@code __dropChanges} the next n changes. */
    private static final String TAP = """
            (function () {
              var Real = window.WebSocket;
              window.__silent = false; window.__dropChanges = 0; window.__dropped = 0;
              window.WebSocket = function (url, protocols) {
                var socket = protocols === undefined ? new Real(url) : new Real(url, protocols);
                var handler = null;
                Object.defineProperty(socket, 'onmessage', { configurable: true,
                  get: function () { return handler; }, set: function (f) { handler = f; } });
                socket.addEventListener('message', function (event) {
                  if (window.__silent) { window.__dropped++; return; }
                  if (window.__dropChanges > 0) {
                    var type = null;
                    try { type = JSON.parse(event.data).type; } catch (e) { type = null; }
                    if (type === 'changed') { window.__dropChanges--; window.__dropped++; return; }
                  }
                  if (handler) { handler.call(socket, event); }
                });
                return socket;
              };
              window.WebSocket.prototype = Real.prototype;
            }());
            """;

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;
    @Inject
    OpenConnections connections;
    @Inject
    TrustClock clock;

    private Object tap;

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

    @BeforeEach
    void tapTheSocket() {
        tap = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TAP)).get("identifier");
    }

    @AfterEach
    void untap() {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", tap));
    }

    /**
     * The link goes silent with the connection still open: within a minute the header no longer says
     * "Live" (the screen closes a connection it has not heard from for 50 s), then the banner says since
     * when. Once the link works again the screen is live with what changed meanwhile.
     */
    @Test
    void aLinkThatFallsSilentStopsSayingLiveAndSaysSinceWhen() {
        String ward = "ward-23";
        String measure = "staff-sickness";
        open(ward);
        String next = "3".equals(tileValue(measure)) ? "4" : "3";

        ZonedDateTime silentAt = ZonedDateTime.now(clock.zone());
        long silent = System.nanoTime();
        js("window.__silent = true");
        waitUntil(Duration.ofSeconds(65), "the header no longer saying Live", () -> !"live".equals(liveState()));
        long noLonger = (System.nanoTime() - silent) / 1_000_000;
        // 50 s after the last message heard, which may be a pong up to 20 s before the link fell silent.
        assertTrue(noLonger >= 25_000, "not before the link has been silent a while: " + noLonger + " ms");
        waitUntil(Duration.ofSeconds(30), "the banner", () -> driver.findElement(By.id("not-live")).isDisplayed());
        System.out.printf("[LiveLinkBrowserTest] silent link -> not live %d ms, banner %d ms%n", noLonger,
                (System.nanoTime() - silent) / 1_000_000);
        String banner = driver.findElement(By.id("not-live")).getText().replaceAll("\\s+", " ");
        DateTimeFormatter since = DateTimeFormatter.ofPattern("HH:mm");
        assertTrue(banner.contains("Not live since " + since.format(silentAt))
                || banner.contains("Not live since " + since.format(silentAt.minusMinutes(1))),
                "since the link fell silent (" + since.format(silentAt) + "): " + banner);
        assertTrue(((Number) js("return window.__dropped")).intValue() > 0, "the server kept sending; nothing was heard");

        // Changed while the link was dead; then it works again.
        int version = TestApi.todaysEntryVersion(ward, measure);
        TestApi.putEntry(ward, measure, "today", body(next, version)).statusCode(version < 0 ? 201 : 200);
        js("window.__silent = false");
        connections.stream().filter(c -> ward.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
        waitUntil(Duration.ofSeconds(30), "live again with the change",
                () -> "live".equals(liveState()) && next.equals(tileValue(measure)));
        assertFalse(driver.findElement(By.id("not-live")).isDisplayed(), "the banner is gone once live");
        assertEquals(1L, js("return window.__notReloaded"), "caught up without a reload");
    }

    /**
     * One change lost on the way (the connection stays open): the wall cannot know until the next change
     * arrives a version too far, then it asks for the whole board and shows both.
     */
    @Test
    void aLostChangeIsNoticedAtTheNextOneAndTheBoardCatchesUp() {
        String ward = "ward-33";
        String first = "staff-sickness";
        String second = "agency-shifts";
        open(ward);
        String firstNext = "3".equals(tileValue(first)) ? "4" : "3";
        String secondNext = "5".equals(tileValue(second)) ? "6" : "5";

        js("window.__dropChanges = 1");
        int v1 = TestApi.todaysEntryVersion(ward, first);
        TestApi.putEntry(ward, first, "today", body(firstNext, v1)).statusCode(v1 < 0 ? 201 : 200);
        waitUntil(Duration.ofSeconds(5), "the change lost on the way", () -> ((Number) js("return window.__dropped")).intValue() == 1);
        assertNotEquals(firstNext, tileValue(first), "the wall never heard of it");
        long shownVersion = Long.parseLong((String) js("return document.getElementById('board-live').dataset.version"));

        int v2 = TestApi.todaysEntryVersion(ward, second);
        TestApi.putEntry(ward, second, "today", body(secondNext, v2)).statusCode(v2 < 0 ? 201 : 200);
        waitUntil(Duration.ofSeconds(5), "both changes on the wall",
                () -> firstNext.equals(tileValue(first)) && secondNext.equals(tileValue(second)));
        long serverVersion = TestApi.boardVersion(ward);
        assertEquals(String.valueOf(serverVersion), js("return document.getElementById('board-live').dataset.version"));
        assertEquals(shownVersion + 2, serverVersion, "the lost change and the one after it");
        assertEquals("live", liveState());
        assertEquals(1L, js("return window.__notReloaded"), "caught up without a reload");
    }

    // --- helpers ---

    private void open(String ward) {
        driver.get(base.resolve("/pair").toString());
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "display"), "/"));
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), "the board live", () -> "live".equals(liveState()));
    }

    private static String body(String value, int version) {
        return "{\"value\": " + value + (version < 0 ? "" : ", \"version\": " + version) + "}";
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

    private static void waitUntil(Duration timeout, String what, Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(() -> what + "; live state " + js("var l = document.getElementById('live'); return l && l.textContent.trim()"))
                .until(d -> condition.get());
    }
}
