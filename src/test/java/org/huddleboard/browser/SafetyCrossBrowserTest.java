package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.board.CrossFixtures;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Two safety crosses on a 1080p wall, as a ward reads them: today, present on admission, numbers and marks apart. */
@QuarkusTest
class SafetyCrossBrowserTest {

    private static final String WARD = "ward-cross-wall";
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;
    @Inject
    CrossFixtures fixtures;
    @Inject
    TrustClock clock;

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
    void cleanUp() {
        fixtures.delete(WARD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoCrossesMarkTodayAndAdmissionWithNumbersAndMarksApart() {
        fixtures.ward(WARD);
        LocalDate today = clock.today();
        for (LocalDate d = today.withDayOfMonth(1); d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfMonth() != 3) {
                fixtures.entry(WARD, "falls", d, d.getDayOfMonth() == 2 ? 1 : 0, false);
            }
            fixtures.entry(WARD, "pressure-ulcers", d, d.getDayOfMonth() % 5 == 0 ? 1 : 0, d.getDayOfMonth() % 10 == 0);
        }
        fixtures.entry(WARD, "falls", today, 0, false);
        fixtures.entry(WARD, "pressure-ulcers", today, 1, true);
        openBoard();
        Browser.saveScreenshot(driver, "safety-crosses.png");

        List<String> crosses = (List<String>) js("return Array.prototype.map.call("
                + "document.querySelectorAll('#measures .safety'), function (s) { return s.dataset.measure; });");
        assertEquals(List.of("falls", "pressure-ulcers"), crosses, "a cross for each harm measure, in order");

        Map<String, Object> todayBoxes = (Map<String, Object>) js("var out = {};"
                + "document.querySelectorAll('#measures .safety').forEach(function (s) {"
                + "  var t = s.querySelectorAll('.cross-day.is-today'), b = t[0], st = getComputedStyle(b);"
                + "  out[s.dataset.measure] = t.length + '|' + b.getAttribute('role') + '|' + b.getAttribute('aria-label')"
                + "    + '|' + st.outlineStyle + '|' + parseFloat(st.outlineWidth); });"
                + "return out;");
        String day = today.getDayOfMonth() + " " + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK);
        assertOutlined(todayBoxes.get("falls"), "1|img|" + day + ": no harm, today|solid|");
        assertOutlined(todayBoxes.get("pressure-ulcers"), "1|img|" + day + ": present on admission, today|solid|");

        // The legend: no harm and harm, then the other marks the month uses.
        String legend = driver.findElement(By.cssSelector(".safety[data-measure='pressure-ulcers'] .legend")).getText();
        assertEquals("No harm\nHarm\nOn admission", legend);
        String fallsLegend = driver.findElement(By.cssSelector(".safety[data-measure='falls'] .legend")).getText();
        assertEquals(today.getDayOfMonth() > 3 ? "No harm\nHarm\nNot recorded" : "No harm\nHarm", fallsLegend);
        String since = driver.findElement(By.cssSelector(".safety[data-measure='pressure-ulcers'] .days-since"))
                .getText().replaceAll("\\s+", " ");
        assertTrue(since.matches("(No harm recorded|\\d+ days? since last harm)"), since);
        assertTrue(!since.startsWith("0 "), "harm present on admission today does not reset the count: " + since);

        // Every box with a mark: the number and the mark side by side, neither covering the other, both in the box.
        List<String> problems = (List<String>) js("var problems = [];"
                + "document.querySelectorAll('#measures .cross-day').forEach(function (d) {"
                + "  var box = d.getBoundingClientRect(), n = d.querySelector('.cross-num').getBoundingClientRect(),"
                + "      m = d.querySelector('.cross-mark'), name = d.getAttribute('aria-label');"
                + "  [n].concat(m ? [m.getBoundingClientRect()] : []).forEach(function (r) {"
                + "    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)"
                + "      { problems.push(name + ': out of its box'); } });"
                + "  if (m) { var k = m.getBoundingClientRect();"
                + "    if (!(k.left >= n.right || k.right <= n.left || k.top >= n.bottom || k.bottom <= n.top))"
                + "      { problems.push(name + ': number and mark overlap'); }"
                + "    if (!m.complete || m.naturalWidth === 0) { problems.push(name + ': mark icon not loaded'); } }"
                + "});"
                + "document.querySelectorAll('#measures .safety-side').forEach(function (s) {"
                + "  if (s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1)"
                + "    { problems.push('legend or days since harm cut off: ' + s.scrollWidth + 'x' + s.scrollHeight"
                + "      + ' in ' + s.clientWidth + 'x' + s.clientHeight); } });"
                + "return problems;");
        assertEquals(List.of(), problems);

        // Sizes at 1080p (1rem = 32 px): legend and days since harm at least 1.1rem, day numbers well above 10 px.
        Map<String, Object> sizes = (Map<String, Object>) js("function px(sel) { return parseFloat(getComputedStyle("
                + "document.querySelector(sel)).fontSize); }"
                + "return { legend: px('.legend li'), since: px('.days-since-label'), num: px('.cross-num'),"
                + "  rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };");
        double rem = ((Number) sizes.get("rem")).doubleValue();
        System.out.printf("[SafetyCrossBrowserTest] 1rem %.1f px; legend %s px, days since %s px, day numbers %s px%n",
                rem, sizes.get("legend"), sizes.get("since"), sizes.get("num"));
        assertTrue(((Number) sizes.get("legend")).doubleValue() >= 1.1 * rem - 0.1, "legend " + sizes);
        assertTrue(((Number) sizes.get("since")).doubleValue() >= 1.1 * rem - 0.1, "days since " + sizes);
        assertTrue(((Number) sizes.get("num")).doubleValue() >= 14, "day numbers " + sizes);

        // Names only where a role allows them (axe's aria-prohibited-attr).
        assertEquals(0L, js("return Array.prototype.filter.call(document.querySelectorAll('#measures [aria-label]'),"
                + " function (e) { return ['SPAN', 'DIV', 'P'].indexOf(e.tagName) >= 0 && !e.getAttribute('role'); }).length;"));
    }

    @Test
    void theTabletMarksHarmPresentOnAdmissionWithOneToggle() {
        fixtures.ward(WARD);
        driver.get("about:blank");
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "ward")));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(base.resolve("/wards/" + WARD + "/huddle").toString());
            waitFor("the page live", "return document.getElementById('huddle-live').dataset.state === 'live'");
            assertEquals(List.of("falls", "pressure-ulcers"), js("return Array.prototype.map.call("
                    + "document.querySelectorAll('.measure-row .poa-input'), function (i) {"
                    + " return i.closest('.measure-row').dataset.measure; });"), "a toggle beside each harm measure with a cross");
            String row = "#row-pressure-ulcers";
            js("document.querySelector('" + row + "').scrollIntoView({block: 'center'})");
            driver.findElement(By.cssSelector(row + " .value-input")).sendKeys("1");
            driver.findElement(By.cssSelector(row + " .poa-label")).click();
            assertEquals(Boolean.TRUE, js("return document.querySelector('" + row + " .poa-input').checked"));
            waitFor("the save counted", "return document.querySelector('#step-safety .save-all').disabled === false");
            driver.findElement(By.cssSelector("#step-safety .save-all")).click();
            waitFor("saved", "return /Saved/.test(document.querySelector('" + row + " .row-state').textContent)");
            io.restassured.path.json.JsonPath board = TestAuth.as("executive").get("/api/wards/{ward}/board", WARD)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(Boolean.TRUE, board.get("measures.find { it.key == 'pressure-ulcers' }.today.presentOnAdmission"));
            assertEquals("ON_ADMISSION", board.getString("safetyCrosses.find { it.measure == 'pressure-ulcers' }.days["
                    + (clock.today().getDayOfMonth() - 1) + "].mark"));

            // Unticked and saved again: harm on the ward.
            driver.findElement(By.cssSelector(row + " .poa-label")).click();
            waitFor("the change counted", "return document.querySelector('#step-safety .save-all').disabled === false");
            driver.findElement(By.cssSelector("#step-safety .save-all")).click();
            waitFor("saved again", "return document.querySelector('#step-safety .save-all').disabled === true"
                    + " && /Saved/.test(document.querySelector('" + row + " .row-state').textContent)");
            assertEquals(Boolean.FALSE, TestAuth.as("executive").get("/api/wards/{ward}/board", WARD).then()
                    .extract().path("measures.find { it.key == 'pressure-ulcers' }.today.presentOnAdmission"));
        } finally {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
            driver.manage().deleteAllCookies();
        }
    }

    private static void waitFor(String what, String script) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                    .until(d -> Boolean.TRUE.equals(js(script)));
        } catch (RuntimeException e) {
            throw new AssertionError("waiting for " + what, e);
        }
    }

    private static void assertOutlined(Object actual, String expectedStart) {
        String text = String.valueOf(actual);
        assertTrue(text.startsWith(expectedStart), text + " should start " + expectedStart);
        assertTrue(Double.parseDouble(text.substring(text.lastIndexOf('|') + 1)) >= 2, "today's outline " + text);
    }

    private void openBoard() {
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("/sign-in").toString());
        driver.findElement(By.id("username")).sendKeys("executive");
        driver.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get("executive"));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
        driver.get(base.resolve("/wards/" + WARD + "/board").toString());
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50)).until(d -> "live".equals(
                js("var l = document.getElementById('live'); return l && l.dataset.state;")));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
