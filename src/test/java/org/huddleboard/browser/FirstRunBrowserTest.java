package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.huddleboard.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A new trust, from an empty database with only the first administrator to a live ward board,
 * through the screens and an import alone: no demo data, no SQL, no API call.
 */
@QuarkusTest
@TestProfile(FirstRunBrowserTest.NewTrust.class)
class FirstRunBrowserTest {

    public static class NewTrust implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huddle.demo", "false", "huddle.initial-admin.password", "first-admin-password",
                    "quarkus.datasource.jdbc.url", TestDatabase.url("first-run"));
        }
    }

    @TestHTTPResource("/")
    URI base;

    private ChromeDriver admin;
    private ChromeDriver wall;

    @Test
    void aNewTrustGoesFromAnEmptyDatabaseToALiveWardBoardThroughTheScreens() throws Exception {
        admin = Browser.start();
        wall = Browser.start();
        try {
            signIn();
            assertTrue(text(admin).contains("No wards are set up yet"), text(admin));
            admin.findElement(By.partialLinkText("Set up your trust")).click();
            waitFor(admin, () -> path(admin).equals("/setup"));
            assertTrue(text(admin).contains("6 steps to go"), text(admin));

            // A CSU, then a ward in it.
            open(admin, "/setup/csus");
            type(admin, "form[action='/setup/csus']", Map.of("code", "medicine", "name", "Medicine"));
            submit(admin, "form[action='/setup/csus']");
            waitFor(admin, () -> text(admin).contains("Medicine"));
            open(admin, "/setup/wards");
            type(admin, "form[action='/setup/wards']", Map.of("code", "ward-7", "name", "Ward 7 · Respiratory"));
            new Select(admin.findElement(By.id("csu"))).selectByValue("medicine");
            submit(admin, "form[action='/setup/wards']");
            waitFor(admin, () -> path(admin).equals("/setup/wards/ward-7"));

            // Two measures in the library.
            addMeasure("falls", "Falls", "SAFETY", "falls", "COUNT", "LOWER_IS_BETTER", "0", "30", "0", "0");
            addMeasure("obs-on-time", "Observations on time", "QUALITY", "%", "PERCENTAGE", "HIGHER_IS_BETTER", "0",
                    "100", "95", "85");

            // The ward picks them, with a safety cross for falls.
            open(admin, "/setup/wards/ward-7/measures");
            for (String key : new String[] { "obs-on-time", "falls" }) {
                new Select(admin.findElement(By.id("add"))).selectByValue(key);
                submit(admin, "form.measure-set");
                waitFor(admin, () -> text(admin).contains("Saved"));
            }
            admin.findElement(By.cssSelector("tr[data-measure='falls'] input[name^='cross']")).click();
            submit(admin, "form.measure-set");
            waitFor(admin, () -> text(admin).contains("Saved"));

            // A wall screen is paired to the ward and shows its board.
            open(wall, "/pair");
            waitFor(wall, () -> !wall.findElements(By.cssSelector("p.pair-code")).isEmpty());
            String code = wall.findElement(By.cssSelector("p.pair-code")).getText().replace(" ", "");
            open(admin, "/devices");
            type(admin, "form[action='/devices/pair']", Map.of("code", code, "name", "Ward 7 corridor"));
            new Select(admin.findElement(By.id("ward"))).selectByValue("ward-7");
            new Select(admin.findElement(By.id("role"))).selectByValue("display");
            submit(admin, "form[action='/devices/pair']");
            waitFor(wall, () -> path(wall).equals("/wards/ward-7/board"));
            waitFor(wall, () -> !wall.findElements(By.cssSelector("article.tile[data-measure='obs-on-time']")).isEmpty()
                    && !wall.findElements(By.cssSelector("aside.safety[data-measure='falls']")).isEmpty());
            waitFor(wall, () -> "live".equals(wall.findElement(By.tagName("body")).getAttribute("data-live"))
                    || !wall.findElements(By.cssSelector("[data-state='live'], .live-status.live")).isEmpty()
                    || wall.getPageSource().contains("Live"));

            // The ward's spreadsheet history comes in through the import page, and the open wall shows it at once.
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            Path file = Files.createTempFile("first-run-history", ".csv");
            file.toFile().deleteOnExit();
            Files.writeString(file, "ward,measure,date,value\n"
                    + "ward-7,obs-on-time," + today.minusDays(2) + ",91\n"
                    + "ward-7,obs-on-time," + today.minusDays(1) + ",93\n"
                    + "ward-7,obs-on-time," + today + ",96\n"
                    + "ward-7,falls," + today.minusDays(1) + ",0\n", StandardCharsets.UTF_8);
            open(admin, "/setup/import");
            admin.findElement(By.cssSelector("label[for='kind-history']")).click();
            admin.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            submit(admin, ".import-form");
            waitFor(admin, () -> !admin.findElements(By.cssSelector(".import-summary")).isEmpty());
            assertTrue(admin.findElement(By.cssSelector(".import-summary")).getText().contains("4"),
                    admin.findElement(By.cssSelector(".import-summary")).getText());
            submit(admin, ".import-apply");
            waitFor(admin, () -> admin.findElement(By.id("import-words")).getText().startsWith("Done:"));
            try {
                waitFor(wall, () -> "96%".equals(wall.findElement(
                        By.cssSelector("article.tile[data-measure='obs-on-time'] .tile-value")).getText().trim()));
            } catch (org.openqa.selenium.TimeoutException e) {
                String live = wall.findElement(By.cssSelector("article.tile[data-measure='obs-on-time']")).getText();
                open(wall, "/wards/ward-7/board");
                throw new AssertionError("the wall did not show the imported value live: " + live
                        + "; after a reload it shows: " + wall.findElement(
                                By.cssSelector("article.tile[data-measure='obs-on-time']")).getText(), e);
            }
            assertEquals("/wards/ward-7/board", path(wall), "the wall never reloaded or left its board");

            // The setup home now says what is left: the people.
            open(admin, "/setup");
            String setup = text(admin);
            assertTrue(setup.contains("1 step to go") && setup.contains("1 wall screen paired"), setup);
            Browser.saveScreenshot(wall, "first-run-wall.png");
        } finally {
            admin.quit();
            wall.quit();
        }
    }

    private void addMeasure(String key, String name, String category, String unit, String kind, String direction,
            String min, String max, String target, String amber) {
        open(admin, "/setup/measures");
        String form = "form[action='/setup/measures']";
        type(admin, form, Map.of("key", key, "name", name, "unit", unit, "minValue", min, "maxValue", max, "target",
                target, "amberThreshold", amber));
        new Select(admin.findElement(By.id("category"))).selectByValue(category);
        new Select(admin.findElement(By.id("kind"))).selectByValue(kind);
        new Select(admin.findElement(By.id("direction"))).selectByValue(direction);
        submit(admin, form);
        waitFor(admin, () -> text(admin).contains(name + " is in the library"));
    }

    private void signIn() {
        open(admin, "/sign-in");
        admin.findElement(By.id("username")).sendKeys("admin");
        admin.findElement(By.id("password")).sendKeys("first-admin-password");
        submit(admin, "form");
        waitFor(admin, () -> path(admin).equals("/"));
    }

    private static void type(ChromeDriver driver, String form, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            var input = driver.findElement(By.cssSelector(form + " [name='" + name + "']"));
            input.clear();
            input.sendKeys(value);
        });
    }

    private static void submit(ChromeDriver driver, String form) {
        driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
    }

    private void open(ChromeDriver driver, String path) {
        driver.get(base.resolve(path).toString());
    }

    private static String path(ChromeDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The page's text; empty while a page is being replaced. */
    private static String text(ChromeDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    private static void waitFor(ChromeDriver driver, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> condition.getAsBoolean());
    }
}
