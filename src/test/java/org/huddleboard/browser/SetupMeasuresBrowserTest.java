package org.huddleboard.browser;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The library's change shows the wards it affects before it is saved, a retire asks first, and a
 * ward's measure page reorders, sets a target and takes a measure off, in Chromium.
 */
@QuarkusTest
class SetupMeasuresBrowserTest {

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void start() {
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        driver.quit();
    }

    @Test
    void aLibraryChangeShowsTheWardsItAffectsBeforeSavingAndARetireAsksFirst() {
        signIn("admin");
        open("/setup/measures/length-of-stay");
        WebElement target = driver.findElement(By.id("target"));
        String before = target.getAttribute("value");
        target.clear();
        target.sendKeys("4.5");
        driver.findElement(By.cssSelector("form[action$='/preview'] button[type=submit]")).click();
        waitFor(() -> !driver.findElements(By.cssSelector(".affected")).isEmpty());
        String affected = driver.findElement(By.cssSelector(".affected")).getText();
        assertTrue(affected.contains("Not saved yet") && affected.contains("Ward 14 · Elderly Care")
                && affected.contains("judged against the new one"), affected);
        assertEquals(before, libraryTarget("length-of-stay"), "nothing saved at the confirm step");
        driver.findElement(By.cssSelector("form[action='/setup/measures/length-of-stay'] button[type=submit]")).click();
        waitFor(() -> body().contains("changed on every ward that shows it"));
        assertEquals("4.5", libraryTarget("length-of-stay"));

        open("/setup/measures/length-of-stay/retire");
        assertTrue(body().contains("never used again"), body());
        driver.findElement(By.linkText("Keep it")).click();
        waitFor(() -> URI.create(driver.getCurrentUrl()).getPath().equals("/setup/measures"));
        TestAuth.as("admin").get("/api/measures/length-of-stay").then().body("retiredAt",
                org.hamcrest.Matchers.nullValue());
        java.util.Map<String, Object> now = new java.util.HashMap<>(TestAuth.as("admin")
                .get("/api/measures/length-of-stay").then().extract().jsonPath().getMap("$"));
        now.put("target", Double.valueOf(before));
        now.remove("retiredAt");
        now.remove("wards");
        TestAuth.as("admin").contentType("application/json").body(now).put("/api/measures/length-of-stay").then()
                .statusCode(200);
        assertEquals(List.of(), Axe.seriousOrCritical(driver, "/setup/measures"));
    }

    @Test
    void aMeasureIsRetiredAfterAConfirmAndLeavesTheLibraryList() {
        TestAuth.as("admin").contentType("application/json").body(java.util.Map.of("key", "browser-retired", "name",
                "Bed rails checked", "category", "SAFETY", "unit", "%", "kind", "PERCENTAGE", "direction",
                "HIGHER_IS_BETTER", "minValue", 0, "maxValue", 100, "target", 95, "amberThreshold", 85))
                .post("/api/measures").then().statusCode(201);
        signIn("admin");
        open("/setup/measures");
        driver.findElement(By.cssSelector("tr[data-measure='browser-retired'] a.danger")).click();
        waitFor(() -> body().contains("Retire Bed rails checked?"));
        driver.findElement(By.cssSelector("form[action$='/retire'] button[type=submit]")).click();
        waitFor(() -> body().contains("Bed rails checked is retired"));
        String row = driver.findElement(By.cssSelector("tr[data-measure='browser-retired']")).getText();
        assertTrue(row.contains("Retired") && !row.contains("Change"), row);
        TestAuth.as("admin").get("/api/measures/browser-retired").then().body("retiredAt",
                org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aLeadReordersSetsATargetAndTakesAMeasureOffTheirWardsBoard() {
        JsonPath stored = TestAuth.as("admin").get("/api/wards/ward-14/measures").then().extract().jsonPath();
        List<String> keys = stored.getList("measures.measure");
        try {
            signIn("lead");
            open("/setup/wards/ward-14/measures");
            String last = keys.get(keys.size() - 2); // the last is taken off below
            WebElement order = driver.findElement(By.cssSelector("tr[data-measure='" + last + "'] input.order"));
            order.clear();
            order.sendKeys("0");
            WebElement own = driver.findElement(By.cssSelector("tr[data-measure='hand-hygiene'] input[name^='target']"));
            own.clear();
            own.sendKeys("98");
            driver.findElement(By.cssSelector("tr[data-measure='staff-sickness'] input[name^='keep']")).click();
            driver.findElement(By.cssSelector("form.measure-set button[type=submit]")).click();
            waitFor(() -> body().contains("Saved"));
            JsonPath saved = TestAuth.as("lead").get("/api/wards/ward-14/measures").then().extract().jsonPath();
            assertEquals(last, saved.getString("measures[0].measure"));
            assertEquals(98f, saved.getFloat("measures.find { it.measure == 'hand-hygiene' }.target"));
            assertFalse(saved.getList("measures.measure").contains("staff-sickness"));
            TestAuth.as("lead").get("/api/wards/ward-14/board").then()
                    .body("measures.find { it.key == 'hand-hygiene' }.target", org.hamcrest.Matchers.is(98.0f));
            assertEquals(List.of(), Axe.seriousOrCritical(driver, "/setup/wards/ward-14/measures"));
        } finally {
            int version = TestAuth.as("admin").get("/api/wards/ward-14/measures").then().extract().path("version");
            List<java.util.Map<String, Object>> items = keys.stream().map(k -> {
                java.util.Map<String, Object> m = new java.util.HashMap<>();
                m.put("measure", k);
                m.put("safetyCross", stored.getBoolean("measures.find { it.measure == '" + k + "' }.safetyCross"));
                return m;
            }).toList();
            TestAuth.as("admin").contentType("application/json")
                    .body(java.util.Map.of("version", version, "measures", items)).put("/api/wards/ward-14/measures")
                    .then().statusCode(200);
        }
    }

    private static String libraryTarget(String key) {
        float t = TestAuth.as("admin").get("/api/measures/" + key).then().extract().path("target");
        return t == Math.rint(t) ? Integer.toString((int) t) : Float.toString(t);
    }

    private void signIn(String who) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(who);
        driver.findElement(By.id("password")).sendKeys(TestAuth.PASSWORDS.get(who));
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !driver.getCurrentUrl().contains("/sign-in"));
    }

    private void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    private static String body() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
