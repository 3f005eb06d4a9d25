package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.huddleboard.TestAuth;
import org.huddleboard.escalation.Escalations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Escalations from the ward tablet at the huddle, in a real browser: raised with a few taps, the
 * manager's answer arrives without a reload, and the ward closes it once read.
 */
@QuarkusTest
class TabletEscalationsBrowserTest {

    private static final String WARD = "ward-14";
    private static ChromeDriver tablet;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void startBrowser() {
        tablet = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (tablet != null) {
            tablet.quit();
        }
    }

    @Test
    void raisedOnTheTabletAnsweredByTheManagerAndClosedByTheWard() {
        openTablet();
        js("window.__notReloaded = 1");
        String title = unique("Infusion pump alarms failing");

        tap("#raise-box summary");
        tap("#raise-escalation .choice[data-value=URGENT]");
        type("#raise-escalation [name=title]", title);
        type("#raise-escalation [name=detail]", "Two pumps alarm late; one spare left on the ward");
        tap("#raise-escalation .choice[data-value=EQUIPMENT]");
        type("#raise-escalation [name=raisedBy]", "Sister K");
        tap("#raise-escalation button[type=submit]");
        assertEquals("Raised “" + title + "”: it is with the CSU now (tier 2)", stateOf("escalations"));
        assertFalse(tablet.findElement(By.id("raise-escalation")).isDisplayed(), "the form folds away");

        long id = escalationId(title);
        assertEquals("waiting", groupOf(id));
        String shown = text("#escalation-" + id);
        assertTrue(shown.contains("Urgent") && shown.contains("Open") && shown.contains("Tier 2")
                && shown.contains("Equipment") && shown.contains("by Sister K") && shown.contains("No owner yet"), shown);
        assertEquals(List.of("comment"), actionsOf(id), "waiting on the CSU, the ward may only comment");
        JsonPath saved = escalation(id);
        assertEquals("URGENT", saved.getString("severity"));
        assertEquals("EQUIPMENT", saved.getString("category"));
        assertEquals("Sister K", saved.getString("raisedBy"));

        long sent = System.currentTimeMillis();
        Escalations.act(as("manager"), as("manager"), id, "resolve", "A spare pump comes from ward 12 until Monday")
                .statusCode(200);
        waitUntil(d -> "answered".equals(groupOf(id)));
        System.out.printf("Tablet showed the manager's answer %d ms after the API call began%n",
                System.currentTimeMillis() - sent);
        String answered = text("#escalation-" + id);
        assertTrue(answered.contains("Resolved") && answered.contains("Answer from Demo CSU Manager")
                && answered.contains("A spare pump comes from ward 12 until Monday"), answered);
        assertEquals(List.of("close", "reopen", "comment"), actionsOf(id));
        assertEquals(1L, js("return window.__notReloaded"), "the answer arrived without a reload");
        String count = text(".tab[data-tab=escalations] .tab-count");
        assertTrue(count.matches("[0-9]+ waiting, [1-9][0-9]* answered"), "the tab counts the answer: " + count);
        js("document.getElementById('escalation-' + arguments[0]).scrollIntoView()", id);
        Browser.saveScreenshot(tablet, "tablet-escalations.png");

        tap("#escalation-" + id + " .open-form[data-form=close]");
        tap("#escalation-" + id + " .card-form[data-form=close] button[type=submit]");
        // Off the answers to read; kept under "Closed this week" with reopen only.
        waitUntil(d -> js("return document.querySelector('[data-group=closed] #escalation-' + arguments[0])", id) != null);
        assertEquals(List.of("reopen"), actionsOf(id));
        assertEquals("Closed “" + title + "”: off the board", stateOf("escalations"));
        assertEquals("CLOSED", escalation(id).getString("state"));
        assertEquals(1L, js("return window.__notReloaded"));
    }

    @Test
    void anNhsNumberIsRefusedWithTheReasonBesideTheFieldAndNothingIsSaved() {
        openTablet();
        String title = unique("Transfer delayed");
        tap("#raise-box summary");
        tap("#raise-escalation .choice[data-value=ROUTINE]");
        type("#raise-escalation [name=title]", title);
        String detail = "Patient 943 476 5919 waiting for a bed on ward 21 since Tuesday";
        type("#raise-escalation [name=detail]", detail);
        tap("#raise-escalation .choice[data-value=BEDS_AND_FLOW]");
        tap("#raise-escalation button[type=submit]");

        String refused = stateOf("raise-escalation");
        assertTrue(refused.startsWith("Not raised: detail ") && refused.contains("NHS number"), refused);
        String beside = text("#raise-escalation .field-error[data-for=detail]");
        assertTrue(beside.startsWith("Detail ") && beside.contains("NHS number"), beside);
        assertEquals("", text("#raise-escalation .field-error[data-for=title]"), "only the field at fault");
        assertEquals(detail, js("return document.querySelector('#raise-escalation [name=detail]').value"),
                "what was typed stays, to be corrected");
        List<String> titles = asTablet(WARD).get("/api/wards/{ward}/escalations", WARD).then().statusCode(200)
                .extract().jsonPath().getList("title");
        assertFalse(titles.contains(title), "nothing saved");
        assertEquals(null, idOf(title), "nothing listed");
    }

    /** The manager acknowledges while the ward types a comment: the 409 shows it as it is now, typing kept. */
    @Test
    void aStaleCommentShowsTheEscalationAsItIsNowAndKeepsWhatWasTyped() {
        long id = Escalations.raise(WARD, unique("Agency nurse not booked"));
        openTablet();
        tap("#escalation-" + id + " .open-form[data-form=comment]");
        String box = "#escalation-" + id + " .card-form[data-form=comment] [name=text]";
        type(box, "Still short tonight");
        Escalations.act(as("manager"), as("manager"), id, "acknowledge", null).statusCode(200);
        waitUntil(d -> text("#escalation-" + id + " .card-state").contains("Changed on another device"));

        tap("#escalation-" + id + " .card-form[data-form=comment] button[type=submit]");
        String stale = stateOf("escalation-" + id);
        assertTrue(stale.startsWith("Not saved: This escalation was changed since you loaded it"), stale);
        assertTrue(text("#escalation-" + id).contains("Owner Demo CSU Manager"), "as it is now");
        assertTrue(text("#escalation-" + id).contains("Acknowledged"), "as it is now");
        assertEquals("Still short tonight", js("return document.querySelector(arguments[0]).value", box));

        tap("#escalation-" + id + " .card-form[data-form=comment] button[type=submit]");
        assertEquals("Comment added", stateOf("escalation-" + id));
        List<String> notes = as("manager").get("/api/escalations/{id}/timeline", id).then().statusCode(200).extract()
                .jsonPath().getList("note");
        assertTrue(notes.contains("Still short tonight"), notes.toString());
    }

    /** Reopening needs the why: without it the reason shows beside the box; with it, it waits on the CSU again. */
    @Test
    void aReopenWithoutAReasonIsRefusedBesideTheBoxThenReopensWithOne() {
        String title = unique("Bed rails loose");
        long id = Escalations.raise(WARD, title);
        Escalations.act(as("manager"), as("manager"), id, "hand-back", "Ask the ward's own estates contact")
                .statusCode(200);
        openTablet();
        assertEquals("answered", groupOf(id));
        assertTrue(text("#escalation-" + id).contains("Handed back with guidance"), text("#escalation-" + id));

        tap("#escalation-" + id + " .open-form[data-form=reopen]");
        tap("#escalation-" + id + " .card-form[data-form=reopen] button[type=submit]");
        String refused = stateOf("escalation-" + id);
        assertTrue(refused.startsWith("Not saved: text "), refused);
        String beside = text("#escalation-" + id + " .card-form[data-form=reopen] .field-error[data-for=text]");
        assertEquals("The reason is required", beside);

        type("#escalation-" + id + " .card-form[data-form=reopen] [name=text]", "The contact is away all week");
        tap("#escalation-" + id + " .card-form[data-form=reopen] button[type=submit]");
        assertEquals("Reopened: it is back with the tier that answered", stateOf("escalation-" + id));
        assertEquals("waiting", groupOf(id));
        assertEquals("OPEN", escalation(id).getString("state"));
    }

    // ---- The tablet

    private void openTablet() {
        tablet.get(base.resolve("/sign-in").toString());
        tablet.manage().deleteAllCookies();
        tablet.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "ward")));
        tablet.get(base.resolve("/wards/" + WARD + "/huddle#escalations").toString());
        waitUntil(d -> "live".equals(d.findElement(By.id("escalations-live")).getAttribute("data-state")));
        assertTrue(tablet.findElement(By.id("escalations")).isDisplayed(), "the Escalations part is shown");
        assertFalse(tablet.findElement(By.id("ideas")).isDisplayed(), "and not the ideas");
    }

    private static long escalationId(String title) {
        waitUntil(d -> idOf(title) != null);
        return Long.parseLong(idOf(title));
    }

    private static String idOf(String title) {
        return (String) js("var items = document.querySelectorAll('.escalation-card');"
                + "for (var i = 0; i < items.length; i++) {"
                + "  if (items[i].querySelector('.card-title').textContent === arguments[0]) { return items[i].dataset.id; } }"
                + "return null;", title);
    }

    private static String groupOf(long id) {
        return (String) js("var e = document.getElementById('escalation-' + arguments[0]);"
                + " return e && e.closest('.escalation-group').dataset.group;", id);
    }

    @SuppressWarnings("unchecked")
    private static List<String> actionsOf(long id) {
        return (List<String>) js("return Array.prototype.map.call(document.querySelectorAll("
                + "'#escalation-' + arguments[0] + ' .card-actions .open-form'), function (b) { return b.dataset.form; })", id);
    }

    private static void tap(String css) {
        retry(() -> tablet.findElement(By.cssSelector(css)).click());
    }

    private static void type(String css, String text) {
        retry(() -> tablet.findElement(By.cssSelector(css)).sendKeys(text));
    }

    private static String text(String css) {
        return (String) js("var e = document.querySelector(arguments[0]); return e ? e.innerText : null", css);
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
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
    }

    /** The state line of a form, escalation or the section once it is no longer saving, read in one script. */
    private static String stateOf(String id) {
        String script = "var s = document.querySelector('#' + arguments[0] + ' .card-state');"
                + " if (arguments[0] === 'escalations') { s = document.getElementById('escalations-state'); }"
                + " return s && s.dataset.state !== 'waiting' && s.textContent ? s.textContent : null;";
        try {
            waitUntil(d -> js(script, id) != null);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no state on " + id + "; the section says: " + text("#escalations"), e);
        }
        return ((String) js(script, id)).trim();
    }

    private static Object js(String script, Object... args) {
        return tablet.executeScript(script, args);
    }

    private static JsonPath escalation(long id) {
        return asTablet(WARD).get("/api/escalations/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    private static void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(tablet, Duration.ofSeconds(10), Duration.ofMillis(50)).until(condition);
    }
}
