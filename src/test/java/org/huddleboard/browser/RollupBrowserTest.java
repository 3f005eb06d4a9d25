package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;

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

/** The trust roll-up in Chromium: a value entered on a ward turns its heatmap cell within a second. */
@QuarkusTest
class RollupBrowserTest {

    private static final String WARD = "ward-33";
    private static final String MEASURE = "staff-sickness";
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
    void aValueEnteredOnAWardTurnsItsHeatmapCellLive() {
        driver.get(base.resolve("/sign-in").toString());
        driver.manage().addCookie(new Cookie("hb_session", TestAuth.session("executive"), "/"));
        driver.get(base.resolve("/trust").toString());
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), () -> "live".equals(js("return document.getElementById('rollup-live').dataset.state")));
        assertEquals("Where to focus: the trust's commitments", js("return document.querySelector('main h2').textContent"));
        Browser.saveScreenshot(driver, "rollup-trust.png");

        JsonPath board = JsonPath.from(TestApi.board(WARD));
        String today = board.getString("date");
        Object before = board.get("measures.find { it.key == '" + MEASURE + "' }.today.value");
        int version = TestApi.todaysEntryVersion(WARD, MEASURE);
        String cell = "#rollup tr[data-ward='" + WARD + "'] td[data-measure='" + MEASURE + "']";
        assertEquals(before == null ? "false" : "true", js("return document.querySelector(\"" + cell + "\").dataset.today"));
        long sent = System.nanoTime();
        TestApi.putEntry(WARD, MEASURE, today, "{\"value\": 9" + (version < 0 ? "" : ", \"version\": " + version) + "}")
                .statusCode(version < 0 ? 201 : 200);
        try {
            // The first change also warms the path up (JIT, first renders); the second is timed to the second.
            waitUntil(Duration.ofSeconds(5), () -> "9".equals(js("var c = document.querySelector(\"" + cell + " .cell-value\");"
                    + " return c && c.textContent")));
            System.out.printf("[RollupBrowserTest] heatmap cell turned %d ms after the first entry was sent%n",
                    (System.nanoTime() - sent) / 1_000_000);
            assertEquals("RED", js("return document.querySelector(\"" + cell + "\").dataset.status"));
            assertEquals("true", js("return document.querySelector(\"" + cell + "\").dataset.today"));
            sent = System.nanoTime();
            TestApi.putEntry(WARD, MEASURE, today, "{\"value\": 8, \"version\": " + (version + 1) + "}").statusCode(200);
            waitUntil(Duration.ofSeconds(1), () -> "8".equals(js("var c = document.querySelector(\"" + cell + " .cell-value\");"
                    + " return c && c.textContent")));
            System.out.printf("[RollupBrowserTest] heatmap cell turned %d ms after the second entry was sent%n",
                    (System.nanoTime() - sent) / 1_000_000);
            assertEquals(1L, js("return window.__notReloaded"), "changed without a reload");
        } finally {
            if (before != null) {
                TestApi.putEntry(WARD, MEASURE, today, "{\"value\": " + before + ", \"version\": " + (version + 2) + "}")
                        .statusCode(200);
            }
        }
    }

    @Test
    void aNewColumnReloadsThePageRatherThanMisplacingCells() {
        driver.get(base.resolve("/sign-in").toString());
        driver.manage().addCookie(new Cookie("hb_session", TestAuth.session("executive"), "/"));
        driver.get(base.resolve("/trust").toString());
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), () -> "live".equals(js("return document.getElementById('rollup-live').dataset.state")));
        String columns = (String) js("return document.querySelector('table.heatmap').dataset.columns");
        JsonPath set = TestAuth.as("admin").get("/api/wards/{ward}/measures", WARD).then().statusCode(200).extract().jsonPath();
        java.util.List<java.util.Map<String, Object>> original = new java.util.ArrayList<>();
        for (java.util.Map<String, Object> m : set.<java.util.Map<String, Object>> getList("measures")) {
            java.util.Map<String, Object> item = new java.util.HashMap<>();
            item.put("measure", m.get("measure"));
            item.put("target", m.get("target"));
            item.put("amberThreshold", m.get("amberThreshold"));
            item.put("safetyCross", m.get("safetyCross"));
            item.put("commitment", m.get("commitment"));
            original.add(item);
        }
        java.util.List<java.util.Map<String, Object>> changed = new java.util.ArrayList<>(original);
        changed.add(java.util.Map.of("measure", "hand-hygiene", "commitment", "best-value"));
        int version = TestAuth.as("admin").contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("version", set.getInt("version"), "measures", changed))
                .put("/api/wards/{ward}/measures", WARD).then().statusCode(200).extract().path("version");
        try {
            waitUntil(Duration.ofSeconds(5), () -> js("return window.__notReloaded") == null);
            waitUntil(Duration.ofSeconds(5), () -> !columns.equals(js("var t = document.querySelector('table.heatmap');"
                    + " return t && t.dataset.columns")));
            assertEquals(true, ((String) js("return document.querySelector('table.heatmap').dataset.columns"))
                    .contains("best-value/hand-hygiene"), "the page came back with the new column");
        } finally {
            TestAuth.as("admin").contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("version", version, "measures", original))
                    .put("/api/wards/{ward}/measures", WARD).then().statusCode(200);
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitUntil(Duration timeout, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(20)).until(d -> condition.get());
    }
}
