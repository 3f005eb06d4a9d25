package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An administrator imports measure history through /setup/import in a real browser: upload, report, apply, done. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class ImportBrowserTest {

    private static final String WARD = "ward-43";
    private static final List<String> MEASURES = List.of("falls", "obs-on-time", "agency-shifts",
            "staffing-fill-rate");
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
    void historyIsUploadedCheckedAppliedAndOnTheBoard() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signInAsAdmin();
        List<Axe.Violation> violations = new ArrayList<>();

        open("/setup/import");
        violations.addAll(Axe.seriousOrCritical(driver, "/setup/import"));
        Browser.saveScreenshot(driver, "import-upload.png");
        // A file with a bad row: the report says why, and Apply cannot be pressed.
        upload(file("bad", "ward,measure,date,value\r\n" + WARD + ",obs-on-time,2025-01-02,93\r\n" + WARD
                + ",obs-on-time,2025-01-03,130\r\n"));
        WebElement rejected = driver.findElement(By.cssSelector("tr[data-line='3']"));
        assertTrue(rejected.getText().contains("rejected"), rejected.getText());
        assertTrue(rejected.getText().contains("value: 130 must be a percentage from 0 to 100"), rejected.getText());
        assertTrue(driver.findElement(By.cssSelector(".import-summary")).getText()
                .contains("1 to create, 0 to change, 0 unchanged, 1 rejected"));
        assertFalse(driver.findElement(By.cssSelector(".import-apply button")).isEnabled(), "Apply is disabled");
        violations.addAll(Axe.seriousOrCritical(driver, "dry run report"));
        Browser.saveScreenshot(driver, "import-report.png");

        // A good file: 1,200 days of history long before the demo's, and today's staffing fill rate.
        StringBuilder csv = new StringBuilder("ward,measure,date,value,note\r\n");
        for (int back = 200; back < 500; back++) {
            for (String m : MEASURES) {
                csv.append(WARD).append(',').append(m).append(',').append(today.minusDays(back)).append(',')
                        .append(m.equals("falls") ? back % 2 : 90).append(",\r\n");
            }
        }
        csv.append(WARD).append(",staffing-fill-rate,").append(today).append(",97,\"Imported, with the bank staff\"\r\n");
        open("/setup/import");
        upload(file("good", csv.toString()));
        String summary = driver.findElement(By.cssSelector(".import-summary")).getText();
        assertTrue(summary.endsWith("0 rejected"), summary);
        WebElement apply = driver.findElement(By.cssSelector(".import-apply button"));
        assertTrue(apply.isEnabled());
        apply.click();

        waitFor(() -> driver.getCurrentUrl().contains("/setup/import/jobs/"));
        waitFor(() -> driver.findElement(By.id("import-words")).getText().startsWith("Done:"));
        assertEquals("100", driver.findElement(By.id("import-progress")).getAttribute("value"));
        assertEquals("Done: 1,201 rows written", driver.findElement(By.id("import-words")).getText());
        String result = driver.findElement(By.id("import-result")).getText();
        assertTrue(result.matches("1,20[01] created, [01] changed, 0 unchanged"), result);
        violations.addAll(Axe.seriousOrCritical(driver, "import job"));
        Browser.saveScreenshot(driver, "import-done.png");
        assertEquals(List.of(), violations);

        JsonPath board = JsonPath.from(TestApi.board(WARD));
        assertEquals(97f, board.getFloat("measures.find { it.key == 'staffing-fill-rate' }.today.value"));
        TestAuth.as("admin").get("/api/audit?action=import.history").then().statusCode(200);
    }

    private Path file(String name, String text) throws Exception {
        Path file = Files.createTempFile("import-" + name, ".csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        driver.findElement(By.cssSelector("label[for='kind-history']")).click();
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector(".import-form button[type=submit]")).click();
        waitFor(() -> !driver.findElements(By.cssSelector(".import-summary")).isEmpty());
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
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }
}
