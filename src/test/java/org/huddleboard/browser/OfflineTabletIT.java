package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.huddleboard.PackagedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 10, "Two tablets, flaky Wi-Fi": with the server stopped mid-huddle, a value entered on a
 * ward tablet is shown as waiting, kept across a reload, and saved exactly once when the server
 * is back.
 *
 * <p>The reload is made deterministic by leaving the page (about:blank) while the server is
 * down, so the only copy of the change is the one in the tablet's localStorage, then starting the
 * server and opening the page again. A script the browser runs in every new document (test-side,
 * over the DevTools protocol; nothing in the app) records each text the queue line and the
 * measure's status line show, so the test can tell that the reloaded page showed the value
 * waiting before it sent it.
 */
class OfflineTabletIT {

    private static final String WARD = "ward-23";
    private static final String MEASURE = "staff-sickness";
    private static final String PAGE = "/wards/" + WARD + "/huddle";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDER = """
            window.__seen = [];
            new MutationObserver(function () {
              var q = document.getElementById('change-queue');
              var f = document.querySelector(".measure-row[data-measure='%s'] .row-state");
              var t = (q ? q.textContent : '') + ' | ' + (f ? f.textContent : '');
              if (window.__seen[window.__seen.length - 1] !== t) { window.__seen.push(t); }
            }).observe(document, { subtree: true, childList: true, characterData: true });
            """.formatted(MEASURE);

    private PackagedServer server;
    private ChromeDriver driver;

    @AfterEach
    void stopEverything() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void aValueEnteredWhileTheServerIsDownWaitsSurvivesAReloadAndIsSavedOnce() throws Exception {
        server = new PackagedServer("OfflineTabletIT", Map.of());
        server.start();
        String base = server.base();
        driver = Browser.start();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        pairAsWardTablet(base);
        waitFor("the huddle page to say all changes are saved", () -> queueLine().equals("All changes saved"));
        waitFor("an icon beside the words", () -> "saved".equals(shownIcon()));

        String admin = signIn(base, "admin", "admin-demo-2026");
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        int linesBefore = auditLines(base, admin, today).size();
        driver.findElement(By.cssSelector(".step[data-step=measures]")).click();
        WebElement input = form().findElement(By.cssSelector(".value-input"));
        String value = "3".equals(input.getAttribute("value")) ? "4" : "3";

        // 1. The server goes away mid-huddle; the value is entered and saved anyway.
        server.stop();
        input.clear();
        input.sendKeys(value);
        driver.findElement(By.cssSelector("#step-measures .save-all")).click();
        waitFor("the value to be shown waiting", () -> entryState().startsWith("Waiting to send " + value));
        waitFor("the queue line to say one change is waiting, not connected",
                () -> queueLine().equals("1 change waiting – not connected"));
        assertEquals("offline", shownIcon(), "the 'not connected' icon, loaded although the server is down");
        String stored = (String) js("return localStorage.getItem('huddle.changes." + WARD + "')");
        JsonNode queue = JSON.readTree(stored);
        assertEquals(1, queue.size(), stored);
        assertTrue(queue.get(0).path("url").asText().endsWith("/measures/" + MEASURE + "/entries/" + today), stored);
        assertTrue(queue.get(0).path("key").asText().matches("[0-9a-f]{32}"), stored);
        Browser.saveScreenshot(driver, "offline-tablet-waiting.png");

        // 2. The page is closed while the server is down: the change lives only in localStorage.
        driver.get("about:blank");
        server.start();

        // 3. Opened again: it shows the value waiting, then sends it, once.
        driver.get(base + PAGE);
        waitFor("the reloaded page to send the kept value",
                () -> queueLine().equals("All changes saved") && entryState().equals("Saved, on the board now"));
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) js("return window.__seen");
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("1 change waiting") && s.contains("Waiting to send "
                + value)), "the reloaded page showed the value waiting before it was sent: " + seen);
        assertEquals(value, form().findElement(By.cssSelector(".current-value")).getText().trim());

        List<JsonNode> lines = auditLines(base, admin, today);
        assertEquals(linesBefore + 1, lines.size(), "saved exactly once: " + lines);
        assertTrue(lines.get(0).path("after").asText().contains("\"value\":" + value), lines.get(0).toString());
        assertEquals(Double.parseDouble(value), todaysValue(base, admin), 0.0001, "on the board");

        // 4. Another reload sends nothing again and lists no refusal.
        driver.navigate().refresh();
        waitFor("the page after a second reload", () -> queueLine().equals("All changes saved"));
        assertEquals(0, driver.findElements(By.id("change-queue-refused")).size());
        assertEquals(linesBefore + 1, auditLines(base, admin, today).size());

        // 5. Down again, the value is corrected before the first is sent: both go, in order, the
        // second as a correction of the first (not refused as stale), and the board ends on it.
        server.stop();
        String corrected = String.valueOf(Integer.parseInt(value) + 2);
        for (String v : List.of(String.valueOf(Integer.parseInt(value) + 1), corrected)) {
            WebElement field = form().findElement(By.cssSelector(".value-input"));
            field.clear();
            field.sendKeys(v);
            driver.findElement(By.cssSelector("#step-measures .save-all")).click();
            waitFor("the value " + v + " to be shown waiting", () -> entryState().startsWith("Waiting to send " + v));
        }
        waitFor("two changes waiting", () -> queueLine().equals("2 changes waiting – not connected"));
        server.start();
        waitFor("both to be sent once the server is back (the open page retries by itself)",
                () -> queueLine().equals("All changes saved") && entryState().equals("Saved, on the board now"));
        assertEquals(0, driver.findElements(By.id("change-queue-refused")).size(), "nothing refused");
        assertEquals(linesBefore + 3, auditLines(base, admin, today).size());
        assertEquals(Double.parseDouble(corrected), todaysValue(base, admin), 0.0001, "the correction is on the board");
    }

    private void pairAsWardTablet(String base) throws Exception {
        driver.get(base + "/");
        waitFor("a pairing code on /pair", () -> URI.create(driver.getCurrentUrl()).getPath().equals("/pair")
                && !driver.findElements(By.cssSelector("p.pair-code")).isEmpty());
        String code = driver.findElement(By.cssSelector("p.pair-code")).getText().trim().replace(" ", "");
        String admin = signIn(base, "admin", "admin-demo-2026");
        HttpResponse<String> paired = send(HttpRequest.newBuilder(URI.create(base + "/api/devices"))
                .header("Cookie", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"ward\":\"" + WARD
                        + "\",\"role\":\"ward\",\"name\":\"Huddle tablet\"}")));
        assertEquals(201, paired.statusCode(), "pairing: " + paired.body());
        waitFor("the paired tablet to move on to its huddle page",
                () -> URI.create(driver.getCurrentUrl()).getPath().equals(PAGE));
    }

    private WebElement form() {
        return driver.findElement(By.cssSelector(".measure-row[data-measure='" + MEASURE + "']"));
    }

    private String entryState() {
        return (String) js("var e = document.querySelector(\".measure-row[data-measure='" + MEASURE
                + "'] .row-state\"); return e ? e.textContent.trim() : ''");
    }

    private String queueLine() {
        return (String) js("var e = document.getElementById('change-queue'); return e ? e.textContent.trim() : ''");
    }

    /** The one icon shown in the queue line, if it is really there (loaded, not a broken image). */
    private String shownIcon() {
        return (String) js("var shown = Array.prototype.filter.call(document.querySelectorAll('#change-queue img'),"
                + " function (i) { return !i.hidden && i.offsetWidth > 0; });"
                + " return shown.length === 1 && shown[0].complete && shown[0].naturalWidth > 0"
                + " ? shown[0].dataset.icon : 'none or broken: ' + shown.length;");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is between documents
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + what + "; page " + driver.getCurrentUrl() + ", queue line '"
                        + queueLine() + "', entry '" + entryState() + "', kept: "
                        + js("return localStorage.getItem('huddle.changes." + WARD + "')") + ". Server log: "
                        + server.log);
            }
            Thread.sleep(100);
        }
    }

    private static List<JsonNode> auditLines(String base, String admin, String today) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/audit?ward=" + WARD
                + "&limit=5000")).header("Cookie", admin).GET());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (JsonNode line : JSON.readTree(r.body())) {
            if (line.path("action").asText().startsWith("measure-entry.")
                    && line.path("subject").asText().equals(MEASURE + " " + today)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static double todaysValue(String base, String admin) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/wards/" + WARD + "/board"))
                .header("Cookie", admin).GET());
        for (JsonNode m : JSON.readTree(r.body()).path("measures")) {
            if (m.path("key").asText().equals(MEASURE)) {
                return m.path("today").path("value").asDouble(Double.NaN);
            }
        }
        return Double.NaN;
    }

    private static String signIn(String base, String username, String password) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)));
        assertEquals(303, response.statusCode(), "sign-in as " + username);
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hb_session="))
                .map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length())).findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
