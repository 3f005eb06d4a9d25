package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.huddleboard.TestAuth;
import org.huddleboard.escalation.Escalations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The manager escalation view in real Chromium, on a tablet-sized screen: an escalation the
 * ward's tablet raises appears without a reload; the manager types an answer (kept while the
 * list is re-read under them) and resolves it in place; the ward's open wall screen shows it in
 * "You said, we did" within a second. A stale action shows the server's reason and the state now.
 */
@QuarkusTest
class EscalationsBrowserTest {

    private static final String WARD = "ward-14";
    private static ChromeDriver manager;
    private static ChromeDriver wall;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void startBrowsers() {
        manager = Browser.start();
        wall = Browser.start();
        // A ward-office tablet in landscape, not the 1080p wall.
        manager.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1024, "height", 768, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void stopBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] { manager, wall }) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aManagersAnswerTypedInTheViewIsOnTheWardsWallWithinASecond() {
        openView();
        openWall();
        String title = "Two nurses short on the late shift " + tag();
        manager.executeScript("window.__notReloaded = 1;");

        long id = Escalations.raise(WARD, title);
        waitUntil(manager, d -> rowText(id).contains(title));
        assertEquals(1L, manager.executeScript("return window.__notReloaded"), "it appeared without a reload");
        assertTrue(rowText(id).contains("Nobody yet") && rowText(id).contains("Open"), rowText(id));

        String answer = "Bank nurse booked for the late shift, from 13:00";
        retry(() -> manager.findElement(By.cssSelector("#esc-" + id + " textarea[name=text]")).sendKeys(answer));
        // Another escalation arrives while the answer is being typed: the list is re-read, the text stays.
        String second = "Hoist out of order " + tag();
        long other = Escalations.raise(WARD, second);
        waitUntil(manager, d -> rowText(other).contains(second));
        assertEquals(answer, manager.executeScript(
                "return document.querySelector('#esc-' + arguments[0] + ' textarea').value", id));

        watchWallFor(id, answer);
        long tapped = System.currentTimeMillis();
        tap("#esc-" + id + " button[data-action=resolve]");
        long shown = wallSawItAt(id) - tapped;
        System.out.printf("[EscalationsBrowserTest] wall showed the answer %d ms after the tap on /escalations%n",
                shown);
        waitUntil(manager, d -> rowStatus(id).startsWith("Resolve: saved"));
        waitUntil(manager, d -> rowText(id).contains("Resolved") && rowText(id).contains(answer));
        assertEquals("comment", manager.executeScript("return Array.prototype.map.call(document.querySelectorAll("
                + "'#esc-' + arguments[0] + ' button.esc-act'), function (b) { return b.dataset.action; }).join()", id),
                "once resolved the manager may only comment");
        String onWall = (String) wall.executeScript("return document.getElementById('escalations').textContent");
        assertTrue(onWall.contains("You said, we did") && onWall.contains(answer), onWall);
        as("manager").get("/api/escalations/" + id).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.is("RESOLVED"))
                .body("answer", org.hamcrest.Matchers.is(answer));
        Browser.saveScreenshot(manager, "escalations-manager.png");
        Browser.saveScreenshot(wall, "wall-you-said-we-did.png");
        assertTrue(shown < 1000, "on the wall within a second, took " + shown + " ms");
    }

    @Test
    void aStaleActionShowsWhyAndTheStateNowAndTextIsNeededBeforeItIsSent() {
        openView();
        String title = "Bladder scanner broken " + tag();
        long id = Escalations.raise(WARD, title);
        waitUntil(manager, d -> rowText(id).contains(title));

        tap("#esc-" + id + " button[data-action=resolve]");
        waitUntil(manager, d -> rowStatus(id).contains("needs text"));
        as("manager").get("/api/escalations/" + id).then().body("state", org.hamcrest.Matchers.is("OPEN"));

        // Acknowledged meanwhile on another computer; this page still has the old version.
        Escalations.act(as("executive"), as("executive"), id, "comment", "Looking into it").statusCode(200);
        Escalations.act(as("manager"), as("manager"), id, "acknowledge", null).statusCode(200);
        int now = Escalations.version(as("manager"), id);
        waitUntil(manager, d -> rowText(id).contains("Acknowledged") && String.valueOf(now).equals(manager.executeScript(
                "return document.getElementById('esc-' + arguments[0]).dataset.version", id)));
        manager.executeScript("document.getElementById('esc-' + arguments[0]).dataset.version = '0';", id);
        manager.executeScript("document.querySelector('#esc-' + arguments[0] + ' textarea').value = 'Needs the trust';",
                id);
        tap("#esc-" + id + " button[data-action=escalate]");
        waitUntil(manager, d -> rowStatus(id).startsWith("Not saved"));
        String status = rowStatus(id);
        assertTrue(status.contains("It is now acknowledged at tier 2"), status);
        waitUntil(manager, d -> rowText(id).contains("Acknowledged"));

        // Touch targets for gloved fingers, and the list fits the tablet's width.
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) manager.executeScript("var small = [];"
                + "document.querySelectorAll('#escalations button, #escalations select, #escalations textarea')"
                + ".forEach(function (e) { var r = e.getBoundingClientRect();"
                + "  if (r.height < 48) { small.push(e.textContent || e.name); } });"
                + "return { small: small, width: document.documentElement.scrollWidth, view: innerWidth };");
        assertEquals(0, ((java.util.List<?>) fit.get("small")).size(), "48 px targets: " + fit);
        assertTrue(((Number) fit.get("width")).longValue() <= ((Number) fit.get("view")).longValue(),
                "no sideways scrolling: " + fit);
    }

    // ---- The manager's view

    private void openView() {
        if (manager.manage().getCookieNamed("hb_session") == null) {
            manager.get(base.resolve("/sign-in").toString());
            manager.findElement(By.id("username")).sendKeys("manager");
            manager.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get("manager"));
            manager.findElement(By.cssSelector("form button[type=submit]")).click();
            waitUntil(manager, d -> !d.getCurrentUrl().contains("/sign-in"));
        }
        manager.get(base.resolve("/escalations?ward=" + WARD).toString());
        waitUntil(manager, d -> "live".equals(manager.executeScript(
                "return document.getElementById('esc-live').dataset.state")));
    }

    private static String rowText(long id) {
        Object text = manager.executeScript("var r = document.getElementById('esc-' + arguments[0]);"
                + "return r ? r.textContent.replace(/\\s+/g, ' ') : '';", id);
        return String.valueOf(text);
    }

    private static String rowStatus(long id) {
        Object text = manager.executeScript("var r = document.querySelector('#esc-' + arguments[0] + ' .esc-status');"
                + "return r ? r.textContent : '';", id);
        return String.valueOf(text);
    }

    // ---- The ward's wall screen

    private void openWall() {
        wall.get(base.resolve("/sign-in").toString());
        wall.manage().deleteAllCookies();
        wall.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "display")));
        wall.get(base.resolve("/wards/" + WARD + "/board").toString());
        waitUntil(wall, d -> "live".equals(wall.executeScript("return document.getElementById('live').dataset.state")));
    }

    /** Notes, by the page's own clock, the moment the wall first shows this answer under "You said, we did". */
    private static void watchWallFor(long id, String answer) {
        wall.executeScript("var id = String(arguments[0]), answer = arguments[1]; window.__sawAnswer = null;"
                + "function look() { if (window.__sawAnswer) { return; }"
                + "  var region = document.getElementById('escalations');"
                + "  var strip = region && region.querySelector('.said-did');"
                + "  if (!strip || strip.textContent.indexOf('You said, we did') < 0) { return; }"
                + "  var items = strip.querySelectorAll('[data-id]');"
                + "  for (var i = 0; i < items.length; i++) {"
                + "    if (items[i].dataset.id === id && items[i].textContent.indexOf(answer) >= 0) {"
                + "      window.__sawAnswer = Date.now(); return; } } }"
                + "new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });"
                + "look();", id, answer);
    }

    private static long wallSawItAt(long id) {
        waitUntil(wall, d -> wall.executeScript("return window.__sawAnswer") != null);
        return ((Number) wall.executeScript("return window.__sawAnswer")).longValue();
    }

    // ---- Helpers

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** The list is swapped in as escalations change: each step finds its element afresh. */
    private static void tap(String css) {
        retry(() -> manager.findElement(By.cssSelector(css)).click());
    }

    private static void retry(Runnable step) {
        for (int attempt = 1;; attempt++) {
            try {
                step.run();
                return;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void waitUntil(ChromeDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50)).until(condition);
    }
}
