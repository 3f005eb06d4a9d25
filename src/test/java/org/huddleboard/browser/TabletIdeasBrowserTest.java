package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The idea board from the ward tablet at the huddle, in a real browser, with the ward's wall
 * screen open in a second one: what the tablet does reaches the wall live.
 */
@QuarkusTest
class TabletIdeasBrowserTest {

    private static final String WARD = "ward-14";
    private static ChromeDriver tablet;
    private static ChromeDriver wall;

    @TestHTTPResource("/")
    URI base;

    @Inject
    OpenConnections connections;

    @BeforeAll
    static void startBrowsers() {
        tablet = Browser.start();
        wall = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] { tablet, wall }) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aCardAddedOnTheTabletIsOnTheWallInNewThenInTestingWhenMoved() {
        openTablet();
        openWall();
        String title = unique("Bedside handover checklist");

        tap("#add-idea-box summary");
        type("#add-idea [name=title]", title);
        type("#add-idea [name=problem]", "Handover at the bedside misses the falls risk");
        type("#add-idea [name=idea]", "A five-line checklist on the handover sheet");
        tap("#add-idea .choice[data-value=OUTCOMES]");
        type("#add-idea [name=owner]", "Sister K");
        retry(() -> new Select(tablet.findElement(By.cssSelector("#add-idea [name=measure]"))).selectByValue("falls"));
        watchWallFor(title, "NEW");
        long sent = System.currentTimeMillis();
        tap("#add-idea button[type=submit]");
        assertEquals("Added “" + title + "” to New", stateOf("add-idea"));
        long shownInNew = wallSawItAt(title, "NEW") - sent;
        System.out.printf("Wall screen showed the new card in New %d ms after the tap on the tablet%n", shownInNew);

        long id = cardId(title);
        assertEquals("NEW", columnOf(id));
        assertEquals("Added just now", stateOf("idea-" + id));
        JsonPath added = card(id);
        assertEquals("OUTCOMES", added.getString("qualityAim"));
        assertEquals("Sister K", added.getString("owner"));
        assertEquals("falls", added.getString("measure"));
        watchWallFor(title, "TESTING");
        long tapped = System.currentTimeMillis();
        tap(move(id, "TESTING"));
        assertEquals("Moved to Testing", stateOf("idea-" + id));
        long shownInTesting = wallSawItAt(title, "TESTING") - tapped;
        System.out.printf("Wall screen showed the card in Testing %d ms after the tap on the tablet%n", shownInTesting);
        assertEquals("TESTING", columnOf(id));
        Browser.saveScreenshot(tablet, "tablet-ideas.png");
        Browser.saveScreenshot(wall, "wall-ideas-from-tablet.png");

        assertTrue(shownInNew < 1000, "on the wall in New within a second, took " + shownInNew + " ms");
        assertTrue(shownInTesting < 1000, "on the wall in Testing within a second, took " + shownInTesting + " ms");
    }

    /** A waste-cutting card cannot be tested before its quality impact check: the tablet says why. */
    @Test
    void aRefusedMoveShowsTheServersReasonThenTheImpactCheckLetsItThrough() {
        openTablet();
        String title = unique("Fewer spare gloves at bays");
        long id = createCard(title, "WASTE_OR_COST");
        // Made elsewhere: it appears on the open page without a reload.
        assertEquals(id, cardId(title));

        tap(move(id, "TESTING"));
        String refused = stateOf("idea-" + id);
        assertTrue(refused.startsWith("Not saved: ") && refused.contains("quality impact check"), refused);
        assertEquals("NEW", columnOf(id), "still in New");

        tap("#idea-" + id + " .open-form[data-form=impact]");
        for (String part : new String[] { "safety", "effectiveness", "experience" }) {
            String group = "#idea-" + id + " .choices[data-name=" + part + "]";
            tap(group + " .choice[data-value=NONE]");
            type(group + " [name=" + part + "Note]", "No change expected");
        }
        tap("#idea-" + id + " .card-form[data-form=impact] button[type=submit]");
        assertEquals("Impact check saved: it can be tested now", stateOf("idea-" + id));

        tap(move(id, "TESTING"));
        assertEquals("Moved to Testing", stateOf("idea-" + id));
        assertEquals("TESTING", columnOf(id));
        asTablet(WARD).get("/api/wards/{ward}/ideas/{id}", WARD, id).then().statusCode(200)
                .body("column", is("TESTING"));
    }

    @Test
    void aPdsaNoteIsAddedToACardInTesting() {
        openTablet();
        String title = unique("Protected mealtimes sign");
        long id = createCard(title, "PATIENT_EXPERIENCE");
        moveByApi(id, "TESTING");
        waitUntil(tablet, d -> "TESTING".equals(columnOf(id)));

        tap("#idea-" + id + " .open-form[data-form=note]");
        tap("#idea-" + id + " .card-form[data-form=note] .choice[data-value=DO]");
        type("#idea-" + id + " [name=note]", "Sign up on bay 3 for a week");
        tap("#idea-" + id + " .card-form[data-form=note] button[type=submit]");
        assertEquals("PDSA note added", stateOf("idea-" + id));
        String shown = text("#idea-" + id + " .pdsa-last");
        assertTrue(shown.contains("Do") && shown.contains("Sign up on bay 3 for a week"), shown);
        asTablet(WARD).get("/api/wards/{ward}/ideas/{id}/notes", WARD, id).then().statusCode(200)
                .body("note", hasItem("Sign up on bay 3 for a week")).body("stage", hasItem("DO"));
    }

    /** Two tablets, one card: what this one typed is kept, and it is told the card changed. */
    @Test
    void aStaleMoveShowsTheCardAsItIsNowAndKeepsWhatWasTyped() {
        openTablet();
        String title = unique("Night-light audit");
        long id = createCard(title, "OUTCOMES");
        assertEquals(id, cardId(title));
        tap(move(id, "PARKED"));
        String reason = "#idea-" + id + " .card-form[data-form=move-PARKED] [name=reason]";
        type(reason, "Waiting for new lamps");

        // Another tablet edits it meanwhile: this page hears of it, but keeps the form being filled in.
        JsonPath now = card(id);
        asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("version", now.getInt("version"), "title", title, "problem", now.getString("problem"),
                        "idea", now.getString("idea"), "qualityAim", "OUTCOMES", "owner", "Charge nurse"))
                .put("/api/wards/{ward}/ideas/{id}", WARD, id).then().statusCode(200);
        waitUntil(tablet, d -> js("return document.getElementById('idea-' + arguments[0]).dataset.changedElsewhere",
                id) != null);
        assertEquals("Waiting for new lamps", js("return document.querySelector(arguments[0]).value", reason));

        tap("#idea-" + id + " .card-form[data-form=move-PARKED] button[type=submit]");
        String stale = stateOf("idea-" + id);
        assertTrue(stale.contains("changed on another device meanwhile"), stale);
        assertTrue(text("#idea-" + id + " .card-meta").contains("Owner Charge nurse"), "the card as it is now");
        assertEquals("Waiting for new lamps", js("return document.querySelector(arguments[0]).value", reason),
                "what was typed is still there");
        tap("#idea-" + id + " .card-form[data-form=move-PARKED] button[type=submit]");
        assertEquals("Moved to Parked", stateOf("idea-" + id));
        assertEquals("PARKED", columnOf(id));
        assertEquals("Waiting for new lamps", card(id).getString("parkedReason"));
    }

    /** A negative effect waits for a lead: the tablet says so, and a lead signs it off from the same page. */
    @Test
    void aNegativeImpactAwaitsALeadWhoSignsItOffOnThePage() {
        String title = unique("Single-use aprons only at bedside");
        long id = createCard(title, "WASTE_OR_COST");
        Map<String, Object> none = Map.of("effect", "NONE", "note", "No change expected");
        asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("version", card(id).getInt("version"), "safety", none, "effectiveness", none,
                        "experience", Map.of("effect", "NEGATIVE", "note", "A short wait for aprons at night")))
                .put("/api/wards/{ward}/ideas/{id}/impact-check", WARD, id).then().statusCode(200);

        openTablet();
        assertTrue(text("#idea-" + id + " .impact-status").startsWith("Awaiting a lead's sign-off"),
                text("#idea-" + id + " .impact-status"));
        assertEquals(0L, js("return document.querySelectorAll('#idea-' + arguments[0] + ' .sign-off').length", id),
                "a ward tablet cannot sign it off");

        tablet.manage().deleteAllCookies();
        tablet.manage().addCookie(new Cookie("hb_session", TestAuth.session("lead")));
        tablet.navigate().refresh(); // the same address again would only move to #ideas, not load it
        tap("#idea-" + id + " .sign-off");
        assertEquals("Signed off: it can be tested now", stateOf("idea-" + id));
        tap(move(id, "TESTING"));
        assertEquals("Moved to Testing", stateOf("idea-" + id));
    }

    /** Away from the server for a moment: back, the tablet catches up with what changed meanwhile. */
    @Test
    void afterALostConnectionTheTabletCatchesUpWithoutAReload() {
        openTablet();
        js("window.__notReloaded = 1");
        connections.stream().filter(c -> WARD.equals(c.pathParam("ward"))).forEach(c -> c.closeAndAwait());
        waitUntil(tablet, d -> !"live".equals(js("return document.getElementById('ideas-live').dataset.state")));
        assertTrue(text("#ideas-live").startsWith("Not live"), text("#ideas-live"));

        String title = unique("Quiet hour after lunch");
        long id = createCard(title, "PATIENT_EXPERIENCE");
        waitUntil(tablet, d -> "live".equals(js("return document.getElementById('ideas-live').dataset.state")));
        assertEquals(id, cardId(title));
        assertEquals(1L, js("return window.__notReloaded"), "caught up without a reload");
    }

    @Test
    void anIdeaOfferedByAnotherWardIsAdoptedWithOneTap() {
        String title = unique("Discharge lounge by 11");
        long original = asTablet("ward-12").contentType(ContentType.JSON)
                .body(Map.of("title", title, "problem", "Beds free late in the day", "idea",
                        "Move discharges to the lounge by 11", "qualityAim", "APPROPRIATE_CARE"))
                .post("/api/wards/{ward}/ideas", "ward-12").then().statusCode(201).extract().jsonPath().getLong("id");
        moveOn("ward-12", original, "TESTING", Map.of());
        int version = moveOn("ward-12", original, "IMPLEMENTED",
                Map.of("changeMade", "Lounge opens at 9", "effect", "Beds free two hours earlier"));
        as("lead").contentType(ContentType.JSON).body(Map.of("version", version, "summary", "Beds free two hours earlier"))
                .put("/api/wards/{ward}/ideas/{id}/offer", "ward-12", original).then().statusCode(200);

        openTablet();
        assertTrue(text("#offer-" + original).contains("Beds free two hours earlier"), text("#offer-" + original));
        tap("#offer-" + original + " button.adopt");
        assertEquals("Adopted: it is in your New column now", stateOf("offer-" + original));
        assertTrue(text("#offer-" + original + " .card-actions").contains("Adopted"));
        long adopted = cardId(title);
        assertEquals("NEW", columnOf(adopted));
        assertTrue(text("#idea-" + adopted).contains("Adopted from"), text("#idea-" + adopted));
        asTablet(WARD).get("/api/wards/{ward}/ideas/{id}", WARD, adopted).then().statusCode(200)
                .body("adoptedFrom.id", is((int) original));
    }

    // ---- The tablet

    private void openTablet() {
        signInDevice(tablet, "ward");
        tablet.get(base.resolve("/wards/" + WARD + "/huddle#ideas").toString());
        waitUntil(tablet, d -> "live".equals(d.findElement(By.id("ideas-live")).getAttribute("data-state")));
        assertTrue(tablet.findElement(By.id("ideas")).isDisplayed(), "the Ideas part is shown");
    }

    /** The device's cookie, as pairing would have left it (pairing itself is tested elsewhere). */
    private void signInDevice(ChromeDriver driver, String role) {
        driver.get(base.resolve("/sign-in").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, role)));
    }

    /** The id of the card with that title, once the tablet shows it. */
    private static long cardId(String title) {
        waitUntil(tablet, d -> idOf(title) != null);
        return Long.parseLong(idOf(title));
    }

    private static String idOf(String title) {
        return (String) js("var cards = document.querySelectorAll('.idea-card');"
                + "for (var i = 0; i < cards.length; i++) {"
                + "  if (cards[i].querySelector('.card-title').textContent === arguments[0]) { return cards[i].dataset.id; } }"
                + "return null;", title);
    }

    private static String columnOf(long id) {
        return (String) js("var c = document.getElementById('idea-' + arguments[0]); return c && c.dataset.column;", id);
    }

    private static String move(long id, String to) {
        return "#idea-" + id + " button.move[data-to=" + to + "]";
    }

    /** Cards are swapped in as the board changes: each step finds its element afresh. */
    private static void tap(String css) {
        retry(() -> tablet.findElement(By.cssSelector(css)).click());
    }

    private static void type(String css, String text) {
        retry(() -> tablet.findElement(By.cssSelector(css)).sendKeys(text));
    }

    private static String text(String css) {
        return (String) js("return document.querySelector(arguments[0]).innerText", css);
    }

    private static void retry(Runnable step) {
        for (int attempt = 1;; attempt++) {
            try {
                step.run();
                return;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 20) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The state line of a card, offer or form once it is no longer "Saving…", read in one script. */
    private static String stateOf(String id) {
        String script = "var s = document.querySelector('#' + arguments[0] + ' .card-state');"
                + " return s && s.dataset.state !== 'waiting' && s.textContent ? s.textContent : null;";
        waitUntil(tablet, d -> js(script, id) != null);
        return ((String) js(script, id)).trim();
    }

    private static Object js(String script, Object... args) {
        return tablet.executeScript(script, args);
    }

    // ---- The wall

    private void openWall() {
        signInDevice(wall, "display");
        wall.get(base.resolve("/wards/" + WARD + "/board").toString());
        waitUntil(wall, d -> "live".equals(wall.executeScript("return document.getElementById('live').dataset.state")));
        assertNotNull(wall.findElement(By.id("ideas")), "the wall has an ideas region");
    }

    /**
     * Notes the moment the wall first shows a card of that title in that column, from the page's
     * own clock (the same machine's clock as the test's), so the figure does not include polling.
     */
    private static void watchWallFor(String title, String column) {
        wall.executeScript("var title = arguments[0], column = arguments[1], key = column + '|' + title;"
                + "window.__seen = window.__seen || {}; delete window.__seen[key];"
                + "function look() { if (window.__seen[key]) { return; }"
                + "  var cards = document.querySelectorAll('#ideas [data-column=\"' + column + '\"] .idea-title');"
                + "  for (var i = 0; i < cards.length; i++) {"
                + "    if (cards[i].textContent.trim() === title) { window.__seen[key] = Date.now(); return; } } }"
                + "new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });"
                + "look();", title, column);
    }

    private static long wallSawItAt(String title, String column) {
        String key = column + "|" + title;
        waitUntil(wall, d -> wall.executeScript("return (window.__seen || {})[arguments[0]] || null", key) != null);
        return ((Number) wall.executeScript("return window.__seen[arguments[0]]", key)).longValue();
    }

    // ---- The API, as another device of the ward

    private static long createCard(String title, String aim) {
        return asTablet(WARD).contentType(ContentType.JSON)
                .body(Map.of("title", title, "problem", "Seen at the huddle", "idea", "Try it for a week",
                        "qualityAim", aim))
                .post("/api/wards/{ward}/ideas", WARD).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath card(long id) {
        return asTablet(WARD).get("/api/wards/{ward}/ideas/{id}", WARD, id).then().statusCode(200).extract().jsonPath();
    }

    private static void moveByApi(long id, String to) {
        moveOn(WARD, id, to, Map.of());
    }

    private static int moveOn(String ward, long id, String to, Map<String, String> more) {
        int version = asTablet(ward).get("/api/wards/{ward}/ideas/{id}", ward, id).then().statusCode(200).extract()
                .jsonPath().getInt("version");
        Map<String, Object> body = new java.util.HashMap<>(more);
        body.put("version", version);
        body.put("to", to);
        return asTablet(ward).contentType(ContentType.JSON).body(body)
                .post("/api/wards/{ward}/ideas/{id}/moves", ward, id).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }

    private static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    private static void waitUntil(ChromeDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50)).until(condition);
    }
}
