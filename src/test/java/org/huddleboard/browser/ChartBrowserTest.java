package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A measure's chart in Chromium: special-cause points drawn as their own shape, and a process
 * change recorded through the page's form splitting the limits, then removed again.
 */
@QuarkusTest
class ChartBrowserTest {

    /** Respiratory's discharges before noon improved 35 days ago, with no change recorded. */
    private static final String WARD = "ward-43";
    private static final String MEASURE = "discharges-before-noon";
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
    void specialCausesHaveTheirShapeAndARecordedChangeSplitsTheLimits() {
        driver.get(base.resolve("/sign-in").toString());
        driver.manage().addCookie(new Cookie("hb_session", TestAuth.session("admin"), "/"));
        String page = base.resolve("/wards/" + WARD + "/measures/" + MEASURE + "/chart").toString();
        driver.get(page);
        assertTrue(text(".spc-item[data-variation]").startsWith("Variation: Special cause improvement: higher values"),
                text(".spc-item[data-variation]"));
        long improvements = count(".xmr-chart circle.mark-improvement");
        assertTrue(improvements >= 7, "the shift's points are drawn as large circles: " + improvements);
        // With one set of limits over both, the weeks before the change sit below the mean: a shift, drawn as squares.
        assertTrue(count(".xmr-chart rect.mark-concern") >= 7);
        assertEquals(1L, count(".xmr-chart line.mean"), "one set of limits");
        long points = count(".xmr-chart .mark");
        assertEquals(points, count("details.points tbody tr"), "every point is in the table too");
        Browser.saveScreenshot(driver, "chart-improvement.png");

        LocalDate today = LocalDate.parse(JsonPath.from(TestApi.board(WARD)).getString("date"));
        String day = today.minusDays(35).toString();
        js("document.querySelector('.rebase-form input[name=date]').value = '" + day + "'");
        driver.findElement(By.cssSelector(".rebase-form input[name=reason]")).sendKeys("Discharge lounge opened");
        driver.findElement(By.cssSelector(".rebase-form button")).click();
        waitFor("Recorded");
        assertEquals(2L, count(".xmr-chart line.mean"), "new limits from the change");
        assertEquals(1L, count(".xmr-chart line.note-rebase"));
        assertTrue(text(".rebases li").contains("Discharge lounge opened"));
        // After the change the process is stable at its new level: the improvement is no longer a special cause.
        assertEquals(0L, count(".xmr-chart circle.mark-improvement"));
        assertEquals(0L, count(".xmr-chart rect.mark-concern"));

        driver.findElement(By.cssSelector(".rebases li form button")).click();
        waitFor("Removed");
        assertEquals(1L, count(".xmr-chart line.mean"));
        assertEquals(improvements, count(".xmr-chart circle.mark-improvement"));
    }

    /** The page after a form's redirect says so in its note. */
    private static void waitFor(String note) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            java.util.List<org.openqa.selenium.WebElement> found = d.findElements(By.cssSelector("p.form-note"));
            return !found.isEmpty() && found.get(0).getText().startsWith(note);
        });
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().replaceAll("\\s+", " ").strip();
    }

    private static long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
