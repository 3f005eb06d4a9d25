package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The wall shows each tile's Making Data Count icons, the same as the board's API computes them,
 * with their words; a value far outside the limits turns the icon without a reload.
 */
@QuarkusTest
class SpcWallBrowserTest {

    /** Orthopaedics: its agency shifts got worse over the last twelve days of the demo. */
    private static final String WARD = "ward-23";
    private static ChromeDriver driver;

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

    @Test
    void tilesShowTheIconsTheBoardComputesAndAValueOutsideTheLimitsTurnsThemLive() {
        driver.get(base.resolve("/pair").toString());
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "display"), "/"));
        driver.get(base.resolve("/wards/" + WARD + "/board").toString());
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), () -> "live".equals(js("return document.getElementById('live').dataset.state")));

        JsonPath board = JsonPath.from(TestApi.board(WARD));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) js(
                "return Array.prototype.map.call(document.querySelectorAll('.tile[data-measure]'), function (t) {"
                        + " var s = t.querySelector('.spc'), imgs = s.querySelectorAll('img');"
                        + " return {key: t.dataset.measure, variation: s.dataset.variation, assurance: s.dataset.assurance,"
                        + " words: imgs[0].alt + ' | ' + imgs[1].alt, drawn: imgs[0].naturalWidth > 0 && imgs[1].naturalWidth > 0}; })");
        assertFalse(tiles.isEmpty());
        for (Map<String, Object> tile : tiles) {
            String key = (String) tile.get("key");
            assertEquals(board.getString("measures.find { it.key == '" + key + "' }.spc.variation"), tile.get("variation"), key);
            assertEquals(board.getString("measures.find { it.key == '" + key + "' }.spc.assurance"), tile.get("assurance"), key);
            assertEquals(Boolean.TRUE, tile.get("drawn"), key + ": both icons are served and drawn");
        }
        Map<String, Object> agency = tiles.stream().filter(t -> "agency-shifts".equals(t.get("key"))).findFirst().orElseThrow();
        assertEquals("CONCERN_HIGH", agency.get("variation"));
        assertTrue(((String) agency.get("words")).startsWith("Special cause concern: higher values"), (String) agency.get("words"));
        assertEquals("Concern", js("return document.querySelector('.tile[data-measure=\"agency-shifts\"] .spc-word').textContent"),
                "the word is on the tile as well as the icon");

        String measure = "discharges-before-noon";
        assertEquals("COMMON_CAUSE", variation(measure));
        String today = board.getString("date");
        int version = TestApi.todaysEntryVersion(WARD, measure);
        Object before = board.get("measures.find { it.key == '" + measure + "' }.today.value");
        TestApi.putEntry(WARD, measure, today, "{\"value\": 100" + (version < 0 ? "" : ", \"version\": " + version) + "}")
                .statusCode(version < 0 ? 201 : 200);
        try {
            waitUntil(Duration.ofSeconds(3), () -> "IMPROVEMENT_HIGH".equals(variation(measure)));
            assertEquals(1L, js("return window.__notReloaded"), "turned without a reload");
        } finally {
            if (before != null) {
                TestApi.putEntry(WARD, measure, today, "{\"value\": " + before + ", \"version\": " + (version + 1) + "}")
                        .statusCode(200);
            }
        }
    }

    @Test
    void theMeasuresListedALineEachShowTheirIconsToo() {
        String ward = "ward-41";
        driver.get(base.resolve("/pair").toString());
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "display"), "/"));
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
        waitUntil(Duration.ofSeconds(10), () -> "live".equals(js("return document.getElementById('live').dataset.state")));
        JsonPath board = JsonPath.from(TestApi.board(ward));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) js(
                "return Array.prototype.map.call(document.querySelectorAll('.line[data-measure]'), function (l) {"
                        + " var s = l.querySelector('.spc'), img = s.querySelector('img');"
                        + " return {key: l.dataset.measure, variation: s.dataset.variation,"
                        + " drawn: img.naturalWidth > 0 && img.getBoundingClientRect().width > 0}; })");
        assertFalse(lines.isEmpty(), "ward 41 has more measures than tile places");
        for (Map<String, Object> line : lines) {
            String key = (String) line.get("key");
            assertEquals(board.getString("measures.find { it.key == '" + key + "' }.spc.variation"), line.get("variation"), key);
            assertEquals(Boolean.TRUE, line.get("drawn"), key);
        }
    }

    private static Object variation(String measure) {
        return js("var s = document.querySelector('.tile[data-measure=\"" + measure + "\"] .spc');"
                + " return s ? s.dataset.variation : null");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitUntil(Duration timeout, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(d -> condition.get());
    }
}
