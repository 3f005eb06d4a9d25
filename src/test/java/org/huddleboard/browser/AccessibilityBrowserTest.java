package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.huddleboard.TestAuth;
import org.huddleboard.access.PairPages;
import org.huddleboard.huddle.Huddles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * axe-core over every page the app serves, as the people and devices that use them see it: the
 * wall screen, each step of the tablet's huddle page, pairing, sign-in and every staff page. No
 * serious or critical violation anywhere (the failure lists each with its rule, impact, page and
 * elements), and every control shows a focus ring when the keyboard reaches it.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    private static final String WARD = "ward-12";
    /** A ward whose huddle tests start and end huddles: here, one in progress. */
    private static final String HUDDLE_WARD = "ward-33";
    /** Each visible control, focused in turn: those without a ring of at least 2 px (outline or shadow). */
    private static final String NO_FOCUS_RING = "var bad = [];"
            + " var all = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary,"
            + " [tabindex]:not([tabindex=\"-1\"])');"
            + " for (var i = 0; i < all.length; i++) {"
            + "   var el = all[i], box = el.getBoundingClientRect();"
            + "   if (el.disabled || box.width === 0 || box.height === 0) continue;"
            + "   el.focus(); if (document.activeElement !== el) continue;"
            + "   var s = getComputedStyle(el);"
            + "   if ((s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) && (!s.boxShadow || s.boxShadow === 'none'))"
            + "     bad.push(el.outerHTML.slice(0, 100));"
            + " }"
            + " if (document.activeElement) document.activeElement.blur();"
            + " return bad;";
    private static ChromeDriver driver;
    private final List<Axe.Violation> found = new ArrayList<>();
    private final List<String> unfocused = new ArrayList<>();

    @TestHTTPResource("/")
    URI base;

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
    void nothingFoundYet() {
        found.clear();
        unfocused.clear();
    }

    @Test
    void theWallScreenHasNoSeriousViolation() {
        openWall(WARD);
        check("wall screen /wards/" + WARD + "/board");
        assertNoneFound();
    }

    /** The light theme's darker status colours must keep their contrast too; and a screen mounted on end. */
    @Test
    void theWallScreenInTheLightThemeAndOnEndHasNoSeriousViolation() {
        String ward = "ward-14";
        try {
            wallTheme(ward, "LIGHT");
            openWall(ward);
            waitFor("the light theme", "return document.body.dataset.theme === 'light'");
            check("wall screen /wards/" + ward + "/board, light theme");
            size(1080, 1920);
            check("wall screen /wards/" + ward + "/board, light theme, 1080×1920");
        } finally {
            wallTheme(ward, "DARK");
        }
        assertNoneFound();
    }

    private static void wallTheme(String ward, String theme) {
        org.huddleboard.TestAuth.as("lead").contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("theme", theme)).put("/api/wards/" + ward + "/wall-settings").then().statusCode(200);
    }

    @Test
    void aHuddleInProgressOnTheWallAndTabletHasNoSeriousViolation() {
        Huddles.endAny(HUDDLE_WARD);
        Huddles.start(HUDDLE_WARD, "Sister P", 6, List.of("NURSE_IN_CHARGE", "DOCTOR"));
        try {
            openWall(HUDDLE_WARD);
            waitFor("the huddle on the wall", "return !!document.querySelector('#huddle[data-in-progress=true]')");
            check("wall screen /wards/" + HUDDLE_WARD + "/board, huddle in progress");
            openTablet(HUDDLE_WARD);
            waitFor("the huddle on the tablet", "return !!document.querySelector('#huddle-bar[data-in-progress=true]')");
            check("tablet /wards/" + HUDDLE_WARD + "/huddle, huddle in progress");
        } finally {
            Huddles.endAny(HUDDLE_WARD);
        }
        assertNoneFound();
    }

    @Test
    void everyStepOfTheTabletHuddlePageHasNoSeriousViolation() {
        Huddles.endAny(WARD); // another test may have left one running: the start panel is checked too
        openTablet(WARD);
        for (String step : List.of("safety", "measures", "flow", "ideas", "escalations", "actions", "thanks")) {
            showStep(step);
            check("tablet /wards/" + WARD + "/huddle, step " + step);
        }
        WebElement start = driver.findElement(By.id("start-huddle"));
        if (start.isDisplayed()) {
            start.click();
            waitFor("the start panel", "return !document.getElementById('start-panel').hidden");
            check("tablet /wards/" + WARD + "/huddle, starting a huddle");
        }
        assertNoneFound();
    }

    /** A screen reader on the tablet reads each measure's fields with the measure's name. */
    @Test
    void eachTabletMeasureFieldIsNamedAfterItsMeasure() {
        openTablet(WARD);
        List<String> unnamed = new ArrayList<>();
        int rows = 0;
        for (String step : List.of("safety", "measures")) {
            showStep(step);
            for (WebElement row : driver.findElements(By.cssSelector(".step-panel[data-step=" + step + "] .measure-row"))) {
                rows++;
                String measure = row.findElement(By.cssSelector(".row-name")).getText().trim();
                for (WebElement field : row.findElements(By.cssSelector("input, .yes-no"))) {
                    String name = field.getAccessibleName();
                    if (!name.equals(measure) && !name.startsWith(measure + " ")) {
                        unnamed.add(measure + ": " + field.getAttribute("class") + " is named \"" + name + "\"");
                    }
                }
            }
        }
        assertTrue(rows >= 5, "the demo ward's measures: " + rows);
        assertEquals(List.of(), unnamed);
    }

    @Test
    void pairingAndSignInHaveNoSeriousViolation() {
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        open("/pair");
        check("/pair");
        // Too many waiting from one network: only a flood shows it, so the page is written in here.
        driver.executeScript("document.open(); document.write(arguments[0]); document.close();", PairPages.busy());
        waitFor("the busy page", "return document.readyState === 'complete' && document.title.indexOf('No pairing code') === 0"
                + " && getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'");
        check("/pair, no code to be had");
        open("/sign-in");
        check("/sign-in");
        driver.findElement(By.id("username")).sendKeys("nobody-" + System.nanoTime());
        driver.findElement(By.id("password")).sendKeys("not a password");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor("the refusal", "return document.readyState === 'complete' && !!document.querySelector('.form-error')");
        check("/sign-in, refused");
        assertNoneFound();
    }

    @Test
    void everyStaffPageHasNoSeriousViolation() {
        String idea = as("lead").get("/api/wards/{ward}/ideas", WARD).then().statusCode(200).extract().path("[0].id").toString();
        String escalation = as("manager").get("/api/escalations").then().statusCode(200).extract().path("[0].id").toString();
        String device = as("admin").get("/api/devices").then().statusCode(200).extract().path("[0].id").toString();
        Map<String, List<String>> pages = Map.of(
                "admin", List.of("/", "/devices", "/devices/" + device + "/revoke", "/people", "/audit", "/setup", "/setup/measures", "/setup/measures/falls", "/setup/wards/" + WARD + "/measures", "/huddles", "/wards/" + WARD + "/huddles",
                        "/wards/" + WARD + "/ideas", "/wards/" + WARD + "/ideas/" + idea, "/wards/no-such-ward/board"),
                "manager", List.of("/", "/escalations", "/escalations/" + escalation, "/escalations/figures", "/trust",
                        "/csus/medicine", "/wards/" + WARD + "/measures/hand-hygiene/chart"),
                "lead", List.of("/", "/setup", "/setup/wards/" + WARD + "/measures", "/devices", "/wards/" + WARD + "/ideas",
                        "/wards/" + WARD + "/measures/falls/chart", "/wards/ward-14/measures/medicines-recycled/chart"));
        for (Map.Entry<String, List<String>> who : pages.entrySet()) {
            driver.get(base.resolve("/favicon.ico").toString());
            driver.manage().deleteAllCookies();
            driver.manage().addCookie(new Cookie("hb_session", TestAuth.session(who.getKey())));
            for (String page : who.getValue()) {
                open(page);
                assertEquals(base.resolve(page).toString(), driver.getCurrentUrl(), "shown, not sent elsewhere");
                check(page + " as " + who.getKey());
            }
        }
        assertNoneFound();
    }

    private void check(String page) {
        // The forms folded away in <details> (add an idea, raise an escalation...) are checked too.
        driver.executeScript("Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; })");
        found.addAll(Axe.seriousOrCritical(driver, page));
        @SuppressWarnings("unchecked")
        List<String> bad = (List<String>) driver.executeScript(NO_FOCUS_RING);
        bad.forEach(control -> unfocused.add(page + ": " + control));
    }

    private void assertNoneFound() {
        assertTrue(found.isEmpty(), found.size() + " serious or critical accessibility violations:\n"
                + found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")));
        assertTrue(unfocused.isEmpty(), "controls with no visible focus:\n" + String.join("\n", unfocused));
    }

    private void openWall(String ward) {
        asDevice(ward, "display");
        open("/wards/" + ward + "/board");
        waitFor("the wall live", "return document.getElementById('live') && document.getElementById('live').dataset.state === 'live'");
    }

    /** As the ward's tablet, at a 10-inch tablet's size. */
    private void openTablet(String ward) {
        asDevice(ward, "ward");
        open("/wards/" + ward + "/huddle");
        waitFor("the tablet live", "return document.getElementById('huddle-live').dataset.state === 'live'");
    }

    private void showStep(String step) {
        WebElement button = driver.findElement(By.cssSelector(".step[data-step=" + step + "]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitFor("the " + step + " step", "var p = document.querySelector('.step-panel[data-step=" + step + "]')"
                + " || document.getElementById('" + step + "'); return !!p && p.offsetParent !== null");
    }

    private void asDevice(String ward, String role) {
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, role)));
    }

    private void size(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void open(String path) {
        if (path.endsWith("/huddle")) {
            size(1280, 800);
        } else {
            size(1920, 1080);
        }
        driver.get(base.resolve(path).toString());
        waitFor(path + " loaded", "return document.readyState === 'complete'");
    }

    private void waitFor(String what, String script) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(script)));
    }
}
