package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.huddleboard.TestApi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A real browser paired as a ward tablet, entering values on its huddle page. */
@QuarkusTest
class TabletBrowserTest {

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
    void pairedTabletEntersValuesAndIsToldWhatHappened() {
        pairAsTabletOf("ward-14");
        assertTrue(driver.getCurrentUrl().contains("/wards/ward-14/huddle"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector(".public-reminder")).getText().contains("This board is public"));

        driver.findElement(By.id("entered-by")).sendKeys("JT");
        step("measures");
        WebElement form = entry("staff-sickness");
        type(form.findElement(By.cssSelector(".value-input")), "2");
        type(form.findElement(By.cssSelector(".note-input")), "Two off with flu");
        saveAll();
        assertEquals("Saved, on the board now", stateOf("staff-sickness"));
        as("executive").get("/api/wards/ward-14/board").then()
                .body("measures.find { it.key == 'staff-sickness' }.today.value", org.hamcrest.Matchers.is(2.0f))
                .body("measures.find { it.key == 'staff-sickness' }.today.enteredBy", org.hamcrest.Matchers.is("JT"));

        type(form.findElement(By.cssSelector(".note-input")), "Bed 2 is 943 476 5919");
        saveAll();
        assertTrue(stateOf("staff-sickness").contains("looks like it contains an NHS number"),
                stateOf("staff-sickness"));

        WebElement percentage = entry("hand-hygiene");
        type(percentage.findElement(By.cssSelector(".value-input")), "150");
        saveAll();
        assertTrue(stateOf("hand-hygiene").contains("value must be a percentage from 0 to 100"),
                stateOf("hand-hygiene"));
        assertTrue(stateOf("staff-sickness").contains("looks like it contains an NHS number"),
                "the refused note is still refused, not saved with the other row: " + stateOf("staff-sickness"));
        as("executive").get("/api/wards/ward-14/board").then()
                .body("measures.find { it.key == 'staff-sickness' }.today.note", is("Two off with flu"));
        Browser.saveScreenshot(driver, "tablet-update.png");

        driver.get(base.resolve("/wards/ward-12/board").toString());
        assertTrue(driver.getPageSource().contains("You may not see the board of ward ward-12"));
    }

    /**
     * Seen at a huddle: "Safe staffing agreed" was No, a note typed and Enter pressed saved it
     * as Yes. Enter in the note keeps the value the toggle shows; only a tap changes it.
     */
    @Test
    void enterInTheNoteOfAYesNoMeasureKeepsTheValueShown() {
        String measure = "safe-staffing-agreed";
        int current = TestApi.todaysEntryVersion("ward-12", measure);
        TestApi.putEntry("ward-12", measure, "today",
                "{\"value\": false" + (current < 0 ? "" : ", \"version\": " + current) + "}").statusCode(
                        current < 0 ? 201 : 200);
        pairAsTabletOf("ward-12");
        step("measures");
        WebElement form = entry(measure);
        assertEquals("true", choice(form, "No").getAttribute("aria-pressed"), "the toggle shows the stored No");
        assertEquals("false", choice(form, "Yes").getAttribute("aria-pressed"));

        type(form.findElement(By.cssSelector(".note-input")), "Escalated to site manager" + Keys.ENTER);
        assertEquals("Saved, on the board now", stateOf(measure));
        as("executive").get("/api/wards/ward-12/board").then()
                .body("measures.find { it.key == '" + measure + "' }.today.value", is(0.0f))
                .body("measures.find { it.key == '" + measure + "' }.today.note", is("Escalated to site manager"));
        String subject = measure + " " + LocalDate.now(ZoneId.of("Europe/London"));
        as("admin").get("/api/audit?ward=ward-12&limit=5").then()
                .body("find { it.subject == '" + subject + "' }.before", containsString("\"value\":0.0"))
                .body("find { it.subject == '" + subject + "' }.after", containsString("\"value\":0.0"))
                .body("find { it.subject == '" + subject + "' }.after", containsString("Escalated to site manager"));
        assertEquals("true", choice(form, "No").getAttribute("aria-pressed"), "the toggle still shows No");
        assertEquals("No", form.findElement(By.cssSelector(".current-value")).getText());

        // A day with nothing stored yet, as the page renders it: Enter saves nothing and asks for a choice.
        driver.executeScript("arguments[0].dataset.value = ''; arguments[0].dataset.initial = '';"
                + "arguments[0].querySelectorAll('.choice').forEach(function (b) {"
                + " b.setAttribute('aria-pressed', 'false'); });",
                form);
        type(form.findElement(By.cssSelector(".note-input")), "No choice yet" + Keys.ENTER);
        assertEquals("Not saved: choose Yes or No", stateOf(measure));
        as("executive").get("/api/wards/ward-12/board").then()
                .body("measures.find { it.key == '" + measure + "' }.today.note", is("Escalated to site manager"));

        // A tap chooses Yes; Save all sends it.
        choice(form, "Yes").click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "true".equals(choice(form, "Yes").getAttribute("aria-pressed")));
        saveAll();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "Saved, on the board now".equals(stateOf(measure)));
        assertEquals("false", choice(form, "No").getAttribute("aria-pressed"));
        as("executive").get("/api/wards/ward-12/board").then()
                .body("measures.find { it.key == '" + measure + "' }.today.value", is(1.0f));
        Browser.saveScreenshot(driver, "tablet-yes-no.png");
    }

    private static WebElement choice(WebElement form, String label) {
        return form.findElements(By.cssSelector(".yes-no .choice")).stream()
                .filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
    }

    private void pairAsTabletOf(String ward) {
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("/").toString());
        assertTrue(driver.getCurrentUrl().endsWith("/pair"), "an unpaired device lands on /pair");
        String code = driver.findElement(By.cssSelector(".pair-code")).getText();
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("code", code, "ward", ward, "role", "ward", "name", "Huddle tablet " + ward))
                .post("/api/devices").then().statusCode(201);
        // The pairing page refreshes itself every few seconds and moves on once paired.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/huddle"));
    }

    private static void step(String step) {
        driver.findElement(By.cssSelector(".step[data-step=" + step + "]")).click();
    }

    private static void saveAll() {
        WebElement button = driver.findElement(By.cssSelector("#step-measures .save-all"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static WebElement entry(String measure) {
        WebElement row = driver.findElement(By.cssSelector(".measure-row[data-measure='" + measure + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        return row;
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String stateOf(String measure) {
        By state = By.cssSelector(".measure-row[data-measure='" + measure + "'] .row-state");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !"waiting".equals(d.findElement(state).getAttribute("data-state"))
                        && !d.findElement(state).getText().isEmpty());
        return driver.findElement(state).getText().replaceFirst("^[✓✕…] ", "");
    }
}
