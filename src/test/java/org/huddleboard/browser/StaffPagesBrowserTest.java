package org.huddleboard.browser;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.huddleboard.TestAuth;
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
import io.restassured.RestAssured;

/** An administrator in a real browser: revoking takes a second step, and scope is ticked, not multi-selected. */
@QuarkusTest
class StaffPagesBrowserTest {

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
    void revokingAScreenAsksFirstAndCancelLeavesItPaired() {
        String token = TestAuth.pair("ward-21", "display", "Browser confirm screen");
        signInAsAdmin();
        open("/devices");
        revokeLinkOf("Browser confirm screen").click();
        String asked = driver.findElement(By.cssSelector(".confirm-revoke")).getText();
        assertTrue(asked.contains("Revoke Ward 21 · General Surgery wall screen “Browser confirm screen”?"), asked);
        assertTrue(asked.contains("It will stop showing the board at once"), asked);

        driver.findElement(By.linkText("Cancel")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/devices"));
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-21/board").then().statusCode(200);

        revokeLinkOf("Browser confirm screen").click();
        driver.findElement(By.cssSelector(".confirm-revoke button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/devices"));
        assertTrue(driver.findElements(By.xpath("//tr[.//input[@value='Browser confirm screen']]")).isEmpty(),
                "no longer listed");
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-21/board").then().statusCode(401);
    }

    @Test
    void wardsAndCsusAreTickedByCsuAndSavedAsTheFormSays() {
        signInAsAdmin();
        open("/people");
        driver.findElement(By.id("username")).sendKeys("ticked.lead");
        driver.findElement(By.id("displayName")).sendKeys("Ticked Lead");
        driver.findElement(By.id("password")).sendKeys("a-long-password");
        WebElement add = driver.findElement(By.xpath("//form[@action='/people']"));
        tick(add, "wards", "ward-31");
        tick(add, "wards", "ward-43");
        add.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Created ticked.lead."));
        as("admin").get("/api/people").then()
                .body("find { it.username == 'ticked.lead' }.wards", contains("ward-31", "ward-43"));

        WebElement row = driver.findElement(By.cssSelector("tr[data-person='ticked.lead']"));
        assertTrue(row.getText().contains("Ward 43 · Respiratory, Ward 31 · Children's Cardiac"),
                row.getText() + "\n" + row.getAttribute("outerHTML"));
        row.findElement(By.cssSelector("summary")).click();
        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("role"))).selectByValue("manager");
        tick(row, "wards", "ward-31");
        tick(row, "wards", "ward-43");
        tick(row, "csus", "childrens");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Saved ticked.lead."));
        as("admin").get("/api/people").then()
                .body("find { it.username == 'ticked.lead' }.role", org.hamcrest.Matchers.is("manager"))
                .body("find { it.username == 'ticked.lead' }.csus", contains("childrens"))
                .body("find { it.username == 'ticked.lead' }.wards", empty());
    }

    @Test
    void everyControlShowsWhereTheFocusIs() {
        signInAsAdmin();
        for (String path : List.of("/people", "/devices", "/audit", "/")) {
            open(path);
            WebElement body = driver.findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            int checked = 0;
            for (int i = 0; i < 40; i++) {
                String outline = String.valueOf(driver.executeScript("var e = document.activeElement;"
                        + "if (!e || e === document.body) { return 'none'; }"
                        + "var s = getComputedStyle(e); return e.tagName + ' ' + s.outlineStyle + ' ' + s.outlineWidth;"));
                if (!outline.equals("none")) {
                    assertTrue(outline.endsWith("solid 3px"), path + ": focused control without a visible outline: "
                            + outline);
                    checked++;
                }
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertTrue(checked > 3, path + ": tabbed through " + checked + " controls");
        }
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

    private static WebElement revokeLinkOf(String name) {
        return driver.findElement(By.xpath("//tr[.//input[@value='" + name + "']]//a[contains(@href, '/revoke')]"));
    }

    private static void tick(WebElement form, String name, String value) {
        WebElement box = form.findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
        // Tapped by its label, as a finger would: the whole row is the target.
        box.findElement(By.xpath("./ancestor::label")).click();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
