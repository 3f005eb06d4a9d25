package org.huddleboard.browser;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An administrator in a real browser: the commitments page and the response-time targets page. */
@QuarkusTest
class SetupCommitmentsBrowserTest {

    private static ChromeDriver driver;
    private final List<Axe.Violation> found = new ArrayList<>();

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
    void aCommitmentIsAddedChangedAndRetiredAfterAConfirm() {
        signInAsAdmin();
        open("/setup/commitments");
        driver.findElement(By.id("code")).sendKeys("browser-flow");
        driver.findElement(By.id("title")).sendKeys("Patients go home on time");
        driver.findElement(By.id("description")).sendKeys("Discharges before noon");
        driver.findElement(By.id("periodLabel")).sendKeys("2026/27");
        driver.findElement(By.xpath("//form[@action='/setup/commitments']//button[@type='submit']")).click();
        waitFor(() -> driver.getPageSource().contains("Saved Patients go home on time."));
        as("admin").get("/api/commitments").then()
                .body("find { it.code == 'browser-flow' }.periodLabel", is("2026/27"));
        check("/setup/commitments");

        WebElement title = driver.findElement(By.id("title-browser-flow"));
        title.clear();
        title.sendKeys("Patients home on time");
        driver.findElement(By.xpath("//li[@data-commitment='browser-flow']//button[@type='submit']")).click();
        waitFor(() -> driver.getPageSource().contains("Saved Patients home on time."));
        as("admin").get("/api/commitments").then()
                .body("find { it.code == 'browser-flow' }.title", is("Patients home on time"))
                .body("find { it.code == 'browser-flow' }.version", is(1));

        driver.findElement(By.linkText("Retire browser-flow")).click();
        String asked = driver.findElement(By.id("retire-what")).getText();
        assertTrue(asked.contains("Retire “Patients home on time” (browser-flow)?"), asked);
        check("/setup/commitments/browser-flow/retire");
        driver.findElement(By.linkText("Cancel")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/setup/commitments"));
        as("admin").get("/api/commitments").then().body("code", hasItem("browser-flow"));

        driver.findElement(By.linkText("Retire browser-flow")).click();
        driver.findElement(By.cssSelector("form button.danger")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/setup/commitments"));
        assertTrue(driver.findElements(By.cssSelector("li[data-commitment='browser-flow']")).isEmpty(),
                "no longer listed");
        as("admin").get("/api/commitments").then().body("code", not(hasItem("browser-flow")));

        // A refusal is shown on the page with the field and the reason.
        driver.findElement(By.id("code")).sendKeys("browser-flow");
        driver.findElement(By.id("title")).sendKeys("Reusing the code");
        driver.findElement(By.xpath("//form[@action='/setup/commitments']//button[@type='submit']")).click();
        waitFor(() -> !driver.findElements(By.cssSelector(".form-error")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".form-error")).getText().contains("is taken"));
        assertNoneFound();
    }

    @Test
    void aResponseTargetIsChosenInWords() {
        signInAsAdmin();
        try {
            open("/setup/response-targets");
            Select acknowledge = new Select(driver.findElement(By.id("acknowledge-urgent")));
            assertEquals("within 2 hours", acknowledge.getFirstSelectedOption().getText());
            Select answer = new Select(driver.findElement(By.id("answer-routine")));
            assertEquals("by the next day's huddle", answer.getFirstSelectedOption().getText());
            assertTrue(acknowledge.getOptions().stream().noneMatch(o -> o.getText().startsWith("PT")),
                    "no ISO durations offered");
            check("/setup/response-targets");

            acknowledge.selectByVisibleText("within 4 hours");
            driver.findElement(By.xpath("//section[@data-severity='urgent']//button[@type='submit']")).click();
            waitFor(() -> driver.getPageSource().contains("Saved the urgent targets."));
            assertEquals("within 4 hours",
                    new Select(driver.findElement(By.id("acknowledge-urgent"))).getFirstSelectedOption().getText());
            assertTrue(driver.findElement(By.cssSelector("section[data-severity='urgent'] .targets-source")).getText()
                    .contains("Set here"));
            as("admin").get("/api/response-targets").then()
                    .body("find { it.severity == 'urgent' }.acknowledge", is("PT4H"))
                    .body("find { it.severity == 'urgent' }.source", is("stored"));
            assertNoneFound();
        } finally {
            int version = as("admin").get("/api/response-targets").then().extract().jsonPath()
                    .getInt("find { it.severity == 'urgent' }.version");
            as("admin").contentType(ContentType.JSON).body(Map.of("acknowledge", "PT2H", "answer", "none",
                    "resolve", "PT24H", "version", version)).put("/api/response-targets/urgent").then().statusCode(200);
        }
    }

    @Test
    void othersAreRefused() {
        for (String who : List.of("lead", "manager", "executive")) {
            as(who).redirects().follow(false).get("/setup/commitments").then().statusCode(403);
            as(who).redirects().follow(false).get("/setup/response-targets").then().statusCode(403);
        }
    }

    private void check(String page) {
        found.addAll(Axe.seriousOrCritical(driver, page));
    }

    private void assertNoneFound() {
        assertTrue(found.isEmpty(), found.size() + " serious or critical accessibility violations:\n"
                + found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")));
    }

    private void signInAsAdmin() {
        if (driver.manage().getCookieNamed("hb_session") == null) {
            open("/sign-in");
            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get("admin"));
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            waitFor(() -> !driver.getCurrentUrl().contains("/sign-in"));
        }
    }

    private void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
