package org.huddleboard.browser;

import static org.hamcrest.Matchers.equalTo;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/** An administrator sets up a CSU and a ward in a real browser, changes them and retires them, with no JavaScript of ours. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class WardSetupBrowserTest {

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
    void anAdminCreatesEditsAndRetiresACsuAndAWard() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000L, 36);
        String csu = "theatres-" + suffix;
        String ward = "recovery-" + suffix;
        List<Axe.Violation> found = new ArrayList<>();
        signInAsAdmin();

        open("/setup/csus");
        found.addAll(Axe.seriousOrCritical(driver, "/setup/csus"));
        driver.findElement(By.id("code")).sendKeys(csu);
        driver.findElement(By.id("name")).sendKeys("Theatres");
        driver.findElement(By.xpath("//form[@action='/setup/csus']//button")).click();
        waitFor(() -> driver.getPageSource().contains("Created Theatres."));

        WebElement row = driver.findElement(By.cssSelector("tr[data-csu='" + csu + "']"));
        WebElement name = row.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Theatres and recovery");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Saved Theatres and recovery."));
        as("admin").get("/api/csus/" + csu).then().body("name", equalTo("Theatres and recovery"))
                .body("version", equalTo(1));

        open("/setup/wards");
        found.addAll(Axe.seriousOrCritical(driver, "/setup/wards"));
        driver.findElement(By.id("code")).sendKeys(ward);
        driver.findElement(By.id("name")).sendKeys("Recovery");
        new Select(driver.findElement(By.id("csu"))).selectByValue(csu);
        WebElement minutes = driver.findElement(By.id("huddleMinutes"));
        minutes.clear();
        minutes.sendKeys("12");
        new Select(driver.findElement(By.id("theme"))).selectByValue("LIGHT");
        driver.findElement(By.xpath("//form[@action='/setup/wards']//button")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/setup/wards/" + ward));
        assertTrue(driver.getPageSource().contains("Created Recovery."));
        found.addAll(Axe.seriousOrCritical(driver, "/setup/wards/{code}"));
        assertTargetsAtLeast44px("/setup/wards/" + ward);

        WebElement wardName = driver.findElement(By.id("name"));
        wardName.clear();
        wardName.sendKeys("Recovery unit");
        driver.executeScript("document.getElementById('huddleTime').value = '08:45';");
        WebElement length = driver.findElement(By.id("huddleMinutes"));
        length.clear();
        length.sendKeys("15");
        driver.findElement(By.cssSelector(".ward-form button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Saved the settings of Recovery unit."));
        as("admin").get("/api/wards/" + ward).then().body("name", equalTo("Recovery unit"))
                .body("huddleTime", equalTo("08:45")).body("huddleMinutes", equalTo(15))
                .body("theme", equalTo("LIGHT")).body("version", equalTo(1));

        // A stale form: the page says why, and keeps what was typed.
        as("admin").contentType("application/json").body("{\"huddleMinutes\": 20, \"version\": 1}")
                .put("/api/wards/" + ward).then().statusCode(200);
        length = driver.findElement(By.id("huddleMinutes"));
        length.clear();
        length.sendKeys("25");
        driver.findElement(By.cssSelector(".ward-form button[type=submit]")).click();
        waitFor(() -> driver.findElements(By.cssSelector(".form-error")).size() == 1);
        assertTrue(driver.findElement(By.cssSelector(".form-error")).getText().contains("changed since you loaded it"));

        open("/setup/csus/" + csu + "/retire");
        driver.findElement(By.cssSelector(".confirm-retire button[type=submit]")).click();
        waitFor(() -> driver.findElements(By.cssSelector(".form-error")).size() == 1);
        assertTrue(driver.findElement(By.cssSelector(".form-error")).getText().contains(ward),
                "the refusal names the live ward");

        open("/setup/wards/" + ward);
        driver.findElement(By.linkText("Retire this ward")).click();
        found.addAll(Axe.seriousOrCritical(driver, "/setup/wards/{code}/retire"));
        driver.findElement(By.cssSelector(".confirm-retire button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Retired Recovery unit."));
        assertEquals(1, driver.findElements(By.cssSelector("li[data-retired-ward='" + ward + "']")).size());
        assertTrue(driver.findElements(By.cssSelector("li[data-ward='" + ward + "']")).isEmpty());
        open("/");
        assertTrue(!driver.getPageSource().contains("/wards/" + ward + "/board"), "off the index");

        open("/setup/csus");
        driver.findElement(By.cssSelector("tr[data-csu='" + csu + "'] a[href$='/retire']")).click();
        found.addAll(Axe.seriousOrCritical(driver, "/setup/csus/{code}/retire"));
        driver.findElement(By.cssSelector(".confirm-retire button[type=submit]")).click();
        waitFor(() -> driver.getPageSource().contains("Retired Theatres and recovery."));
        assertEquals(1, driver.findElements(By.cssSelector("li[data-retired-csu='" + csu + "']")).size());

        assertTrue(found.isEmpty(), found.size() + " serious or critical accessibility violations:\n"
                + found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void aLeadChangesOnlyTheirWardsHuddleSettings() {
        driver.manage().deleteAllCookies();
        try {
            signIn("lead");
            open("/setup/wards/ward-14");
            assertTrue(driver.findElements(By.id("name")).isEmpty(), "a lead does not rename the ward");
            assertTrue(driver.findElements(By.id("csu")).isEmpty(), "nor moves it to another CSU");
            assertTrue(driver.findElements(By.linkText("Retire this ward")).isEmpty(), "nor retires it");
            driver.executeScript("document.getElementById('huddleTime').value = '11:20';");
            driver.findElement(By.cssSelector(".ward-form button[type=submit]")).click();
            waitFor(() -> driver.getPageSource().contains("Saved the settings of"));
            as("lead").get("/api/wards/ward-14").then().body("huddleTime", equalTo("11:20"));
            driver.executeScript("document.getElementById('huddleTime').value = '';");
            driver.findElement(By.cssSelector(".ward-form button[type=submit]")).click();
            waitFor(() -> driver.getPageSource().contains("Saved the settings of"));
            as("lead").get("/api/wards/ward-14").then().body("huddleTime", org.hamcrest.Matchers.nullValue());

            open("/setup/wards/ward-31");
            assertTrue(driver.findElements(By.cssSelector(".ward-form")).isEmpty(), "another ward: no form");
            open("/setup/csus");
            assertTrue(driver.findElements(By.cssSelector("form[action='/setup/csus']")).isEmpty(), "no CSU forms");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    private static void assertTargetsAtLeast44px(String page) {
        Object small = driver.executeScript("var out = [];"
                + "document.querySelectorAll('main a, main button, main input:not([type=hidden]), main select, nav a')"
                + ".forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.height < 44) { out.push(e.tagName + ' ' + (e.textContent || e.name) + ' ' + r.height); } });"
                + "return out.join('; ');");
        assertEquals("", small, page + ": targets under 44 px high");
    }

    private void signInAsAdmin() {
        if (driver.manage().getCookieNamed("hb_session") == null) {
            signIn("admin");
        }
    }

    private void signIn(String who) {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(who);
        driver.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get(who));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !driver.getCurrentUrl().contains("/sign-in"));
    }

    private void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
