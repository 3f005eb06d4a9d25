package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.idea.IdeaColumn;
import org.huddleboard.idea.IdeaFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The ideas region of the wall screen in real Chromium at 1920×1080: a ward with 60 open cards,
 * long titles and overdue ones still fits one screen, at sizes readable from 3 m.
 */
@QuarkusTest
class IdeasWallBrowserTest {

    private static final String WARD = "ward-23";
    private static final String LONG = "Ask every patient on admission which of their usual routines matter most and write them on"
            + " the bedside board in their own words, then check at every handover";
    private static ChromeDriver driver;
    private static final List<Long> made = new ArrayList<>();

    @TestHTTPResource("/")
    URI base;
    @Inject
    IdeaFixtures fixtures;

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
    void sixtyOpenCardsFitTheScreenReadablyWithTheRestCountedAndOverdueMarked() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Instant now = Instant.now();
        try {
            // The worst case for height: every card the wall shows is owned and overdue, the
            // celebrated one has a long effect, and some titles are as long as a title may be.
            for (int i = 0; i < 59; i++) {
                IdeaColumn column = i % 2 == 0 ? IdeaColumn.TESTING : IdeaColumn.NEW;
                String title = i % 3 == 0 ? (i + ". " + LONG).substring(0, 120) : "Idea number " + i + " from the huddle";
                boolean late = i < 8 || i % 4 == 0;
                String owner = i >= 8 && i % 5 == 4 ? null : "Charge nurse " + i;
                made.add(fixtures.card(WARD, title, column, owner, late ? today.minusDays(2) : today.plusDays(i),
                        now.plus(60 - i, ChronoUnit.MINUTES)));
            }
            made.add(fixtures.celebrated(WARD, ("Celebrated: " + LONG).substring(0, 120), today,
                    "Patients told us they felt known; " + LONG + "; " + LONG, null, now.plus(2, ChronoUnit.HOURS)));
            // The sixtieth through the live path: a screen that had this board cached reads it again.
            made.add(fixtures.createLive(WARD, "The sixtieth card, raised just now"));

            JsonPath board = new JsonPath(TestAuth.as("executive").get("/api/wards/{ward}/board", WARD).then()
                    .statusCode(200).extract().asString());
            int open = board.getInt("ideas.open");
            int testing = board.getInt("ideas.counts.TESTING");
            assertTrue(open >= 60, "at least our 60 open cards: " + open);

            openBoard(WARD);
            Browser.saveScreenshot(driver, "wall-ideas-60-open.png");

            Map<String, Object> fit = WallFit.check(driver);
            System.out.println("[IdeasWallBrowserTest] 60 open cards: " + fit);
            assertTrue((Boolean) fit.get("ok"), "the screen does not scroll and nothing spills: " + fit);

            @SuppressWarnings("unchecked")
            List<Number> capHeights = (List<Number>) js("return Array.prototype.map.call("
                    + "document.querySelectorAll('#ideas .idea-title, #ideas h3, #ideas .idea-more, #ideas .overdue'),"
                    + " function (e) { return parseFloat(getComputedStyle(e).fontSize) * 0.7; })");
            assertTrue(capHeights.size() >= 8, "titles, column headings, summaries and marks: " + capHeights);
            for (Number cap : capHeights) {
                assertTrue(cap.doubleValue() >= 24, "cap height at least 24 px, was " + cap + " in " + capHeights);
            }

            assertEquals("Testing " + testing, js("return document.querySelector("
                    + "'#ideas [data-column=TESTING] h3 > span').textContent.replace(/\\s+/g, ' ').trim()"));
            String more = driver.findElement(By.cssSelector("#ideas [data-column=TESTING] .idea-more")).getText();
            assertTrue(more.startsWith("+" + (testing - 3) + " more"), "shown beside the count: " + more);
            assertEquals("+" + (testing - 3) + " more in Testing",
                    js("return document.querySelector('#ideas [data-column=TESTING] .idea-more').textContent"));
            assertEquals(3L, js("return document.querySelectorAll('#ideas [data-column=TESTING] .idea').length"));
            assertEquals(3L, js("return document.querySelectorAll('#ideas [data-column=TESTING] .idea.is-overdue').length"),
                    "the worst case: every Testing card shown is overdue");

            assertEquals(Boolean.TRUE, js("var card = document.querySelector('#ideas .idea.is-overdue');"
                    + "var img = card && card.querySelector('.overdue img');"
                    + "return !!img && img.complete && img.naturalWidth > 0 && img.getAttribute('src') === '/img/overdue.svg'"
                    + " && card.querySelector('.overdue').textContent.trim() === 'Overdue'"
                    + " && img.getBoundingClientRect().width >= 24;"),
                    "an overdue card shows the served icon and the word");
        } finally {
            fixtures.delete(made);
            made.clear();
        }
    }

    /** The demo wards' boards, with the measures narrowed to make room for ideas, still fit. */
    @Test
    void everyDemoWardsBoardFitsBesideItsIdeas() {
        for (String ward : List.of("ward-12", "ward-14", "ward-21", "ward-31", "ward-41", "ward-43")) {
            openBoard(ward);
            Map<String, Object> fit = WallFit.check(driver);
            System.out.println("[IdeasWallBrowserTest] " + ward + ": " + fit);
            Browser.saveScreenshot(driver, "wall-" + ward + ".png");
            assertTrue((Boolean) fit.get("ok"), ward + " fits: " + fit);
        }
    }

    private void openBoard(String ward) {
        if (driver.manage().getCookieNamed("hb_session") == null) {
            driver.get(base.resolve("/sign-in").toString());
            driver.findElement(By.id("username")).sendKeys("executive");
            driver.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get("executive"));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
        }
        driver.get(base.resolve("/wards/" + ward + "/board").toString());
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .until(d -> "live".equals(js("return document.getElementById('live').dataset.state")));
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }
}
