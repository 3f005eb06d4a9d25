package org.huddleboard.browser;

import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.escalation.EscalationFixtures;
import org.huddleboard.huddle.Huddles;
import org.huddleboard.idea.IdeaColumn;
import org.huddleboard.idea.IdeaFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A whole huddle on a ward tablet in real Chromium at a 10-inch tablet's size (1280×800), with
 * the ward's wall screen open beside it: every change shows on the wall as it is made, and the
 * huddle's record, the values, the card, the escalation, the action and the thanks are stored.
 * Also two tablets at the same huddle, and the page's fit in both orientations.
 */
@QuarkusTest
class HuddleBrowserTest {

    private static final String WARD = "ward-33";
    private static final String TWO_TABLETS_WARD = "ward-21";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static ChromeDriver tablet;
    private static ChromeDriver other;
    private int taps;
    private int keys;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void startBrowsers() {
        tablet = Browser.start();
        other = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (tablet != null) {
            tablet.quit();
        }
        if (other != null) {
            other.quit();
        }
    }

    @Inject
    EscalationFixtures fixtures;
    @Inject
    IdeaFixtures ideas;
    private final List<Long> raised = new ArrayList<>();
    private final List<Long> cards = new ArrayList<>();

    @AfterEach
    void noHuddleLeftOpen() {
        Huddles.endAny(WARD);
        Huddles.endAny(TWO_TABLETS_WARD);
        fixtures.delete(raised);
        raised.clear();
        ideas.delete(cards);
        cards.clear();
    }

    @Test
    void aWholeHuddleOnTheTabletShowsOnTheWallAsItGoesAndIsRecorded() {
        Huddles.endAny(WARD);
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
        ChromeDriver wall = other;
        openWall(wall);
        openTablet(tablet, WARD, 1280, 800);
        long began = System.nanoTime();
        taps = 0;
        keys = 0;

        // Start: the facilitator typed, attendance one tap and one more, three roles.
        tap(tablet, "#start-huddle");
        type(tablet, "#start-panel [name=facilitator]", "Sister M");
        tap(tablet, "#start-panel .attendance-chip[data-value='8']");
        tap(tablet, "#start-panel [data-counter-step='1']");
        for (String role : List.of("NURSE_IN_CHARGE", "NURSE", "DOCTOR")) {
            tap(tablet, "#start-panel .role[data-role=" + role + "]");
        }
        tap(tablet, "#start-panel button[type=submit]");
        waitFor(tablet, "the huddle running", "return !!document.querySelector('#huddle-bar[data-in-progress=true]')");
        long huddle = Long.parseLong((String) js(tablet, "return document.getElementById('huddle-bar').dataset.id"));
        wallShows(wall, "the huddle in progress", "return !!document.querySelector('#huddle[data-in-progress=true]')");
        waitFor(tablet, "the timer", "return /^0:[0-9]{2} of 10 min$/.test(document.getElementById('huddle-timer').textContent)");
        assertEquals("Sister M", text(tablet, "#huddle-bar .huddle-who strong"));
        assertEquals("9", text(tablet, "#attendance-now"));
        // Past its target the timer says so in words (seen here by moving the start back 12½ minutes).
        // (The bar may be fetched again meanwhile: the script moves the start of whichever bar is shown.)
        waitFor(tablet, "over the target", "var b = document.getElementById('huddle-bar');"
                + " if (!b.dataset.shifted) { b.dataset.shifted = '1'; b.dataset.started = String(Number(b.dataset.started) - 750000); }"
                + " return /^12:3[0-9] · 3 min over$/.test(document.getElementById('huddle-timer').textContent)");
        js(tablet, "var b = document.getElementById('huddle-bar');"
                + " if (b.dataset.shifted) { b.dataset.started = String(Number(b.dataset.started) + 750000); delete b.dataset.shifted; }");

        // The safety check: "No harm" on each harm count (with a note, so that it is a change even
        // where the night staff had entered 0 already), saved in one go.
        assertEquals("safety", currentStep(tablet));
        Map<String, String> expected = new LinkedHashMap<>();
        String checked = "Checked at the huddle " + tag;
        for (String m : rows(tablet, "safety")) {
            tap(tablet, "#row-" + m + " .set-value[data-set='0']");
            type(tablet, "#row-" + m + " .note-input", checked);
            expected.put(m, "0");
        }
        assertFalse(expected.isEmpty(), "the ward has a harm measure");
        assertEquals("Save all (" + expected.size() + ")", text(tablet, "#step-safety .save-all"));
        tap(tablet, "#step-safety .save-all");
        for (String m : expected.keySet()) {
            waitFor(tablet, m + " saved", "return document.querySelector('#row-" + m + " .row-state').textContent"
                    + " === 'Saved, on the board now'");
            wallShows(wall, m + " on the wall", tileIs(m, "0"));
            wallShows(wall, m + "'s note on the wall", "var n = document.querySelector('.tile[data-measure=\""
                    + m + "\"] .tile-note'); return !!n && n.textContent.indexOf(" + quoted(checked) + ") >= 0;");
        }
        assertEquals("done", stepState(tablet, "safety"));
        tap(tablet, "#step-safety .step-next");

        // Every other measure: typed (the numeric keypad) or one tap, then one Save all.
        assertEquals("measures", currentStep(tablet));
        Map<String, String> measures = new LinkedHashMap<>();
        int n = 0;
        for (String m : rows(tablet, "measures")) {
            String kind = (String) js(tablet, "return document.getElementById('row-" + m + "').dataset.kind");
            String mode = (String) js(tablet, "var i = document.querySelector('#row-" + m + " .value-input');"
                    + " return i ? i.getAttribute('inputmode') : null");
            switch (kind) {
                case "YES_NO" -> {
                    tap(tablet, "#row-" + m + " .choice[data-choice=true]");
                    measures.put(m, "Yes");
                }
                case "PERCENTAGE" -> {
                    assertEquals("decimal", mode);
                    type(tablet, "#row-" + m + " .value-input", Integer.toString(81 + n));
                    measures.put(m, (81 + n) + "%");
                }
                case "COUNT" -> {
                    assertEquals("numeric", mode);
                    type(tablet, "#row-" + m + " .value-input", Integer.toString(1 + n));
                    measures.put(m, Integer.toString(1 + n));
                }
                default -> {
                    type(tablet, "#row-" + m + " .value-input", (4 + n) + ".5");
                    measures.put(m, (4 + n) + ".5");
                }
            }
            n++;
        }
        assertEquals("Save all (" + measures.size() + ")", text(tablet, "#step-measures .save-all"));
        Browser.saveScreenshot(tablet, "tablet-huddle-measures.png");
        tap(tablet, "#step-measures .save-all");
        for (Map.Entry<String, String> e : measures.entrySet()) {
            waitFor(tablet, e.getKey() + " saved", "return document.querySelector('#row-" + e.getKey()
                    + " .row-state').textContent === 'Saved, on the board now'");
            assertEquals(e.getValue(), text(tablet, "#row-" + e.getKey() + " .current-value"));
            wallShows(wall, e.getKey() + " on the wall", tileIs(e.getKey(), e.getValue()));
        }
        assertEquals("all entered", text(tablet, "#step-measures .to-enter"));
        assertEquals("done", stepState(tablet, "measures"));
        expected.putAll(measures);
        tap(tablet, "#step-measures .step-next");

        // Staffing and flow.
        String notes = "One HCA short on the late shift; 2 discharges expected by noon " + tag;
        type(tablet, "#flow-notes", notes);
        tap(tablet, "#save-notes");
        waitFor(tablet, "notes saved", "return document.getElementById('flow-state').textContent === 'Notes saved with the huddle'");
        assertEquals("done", stepState(tablet, "flow"));
        tap(tablet, "#step-flow .step-next");
        // A reload (a tablet put down and picked up again) keeps where the huddle got to.
        long reloading = System.nanoTime();
        tablet.navigate().refresh();
        waitFor(tablet, "the page live again", "return document.getElementById('huddle-live').dataset.state === 'live'");
        began += System.nanoTime() - reloading; // not part of a huddle
        assertEquals("3 of 7 steps done", text(tablet, "#steps-progress"));
        assertEquals("done", stepState(tablet, "safety"));
        assertEquals("done", stepState(tablet, "flow"));
        assertEquals("to do", text(tablet, ".step[data-step=ideas] .step-word"));
        assertEquals(notes, js(tablet, "return document.getElementById('flow-notes').value"));

        // An idea.
        assertEquals("ideas", currentStep(tablet));
        String idea = "Huddle idea " + tag;
        tap(tablet, "#add-idea-box summary");
        type(tablet, "#add-idea [name=title]", idea);
        type(tablet, "#add-idea [name=problem]", "Linen runs out before the late shift");
        type(tablet, "#add-idea [name=idea]", "Top-up list on the linen cupboard door");
        tap(tablet, "#add-idea .choices[data-name=qualityAim] .choice");
        tap(tablet, "#add-idea button[type=submit]");
        waitFor(tablet, "idea added", "return document.querySelector('#add-idea .card-state').textContent"
                + ".indexOf('Added') === 0");
        wallShows(wall, "the idea on the wall", contains("ideas", idea));
        tap(tablet, "#step-ideas .step-next");

        // An escalation.
        assertEquals("escalations", currentStep(tablet));
        String escalation = "Huddle escalation " + tag;
        tap(tablet, "#raise-box summary");
        tap(tablet, "#raise-escalation .choice[data-value=ROUTINE]");
        type(tablet, "#raise-escalation [name=title]", escalation);
        type(tablet, "#raise-escalation [name=detail]", "Two agency nurses not confirmed for tonight");
        tap(tablet, "#raise-escalation .choice[data-value=STAFFING]");
        tap(tablet, "#raise-escalation button[type=submit]");
        waitFor(tablet, "escalation raised", "return document.getElementById('escalations-state').textContent"
                + ".indexOf('Raised') === 0");
        wallShows(wall, "the escalation on the wall", contains("escalations", escalation));
        tap(tablet, "#step-escalations .step-next");

        // An action, due tomorrow with one tap.
        assertEquals("actions", currentStep(tablet));
        String action = "Ring the agency about tonight " + tag;
        type(tablet, "#add-action [name=text]", action);
        type(tablet, "#add-action [name=owner]", "Sam");
        tap(tablet, "#add-action .due-choice:nth-of-type(2)");
        tap(tablet, "#add-action button[type=submit]");
        waitFor(tablet, "action added", "return document.querySelector('#add-action .card-state').textContent"
                + ".indexOf('Added') === 0");
        waitFor(tablet, "action listed", contains("actions-part", action));
        wallShows(wall, "the action on the wall", contains("actions", action));
        tap(tablet, "#step-actions .step-next");

        // Thanks.
        assertEquals("thanks", currentStep(tablet));
        String thanks = "Thank you night staff for the calm handover " + tag;
        type(tablet, "#add-thanks [name=text]", thanks);
        tap(tablet, "#add-thanks button[type=submit]");
        waitFor(tablet, "thanks listed", contains("thanks-part", thanks));
        wallShows(wall, "the thanks on the wall", contains("thanks", thanks));
        tap(tablet, "#step-thanks .step-next");
        assertEquals("7 of 7 steps done", text(tablet, "#steps-progress"));

        // End: two taps, so a brushed glove does not end it.
        tap(tablet, "#end-huddle");
        tap(tablet, "#end-huddle");
        waitFor(tablet, "huddle ended", "return document.getElementById('huddle-state').textContent.indexOf('Huddle ended') === 0");
        wallShows(wall, "the huddle over", "return !!document.querySelector('#huddle[data-in-progress=false]')");
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("[HuddleBrowserTest] a whole huddle on the tablet: %.1f s, %d taps, %d keystrokes"
                + " (%d measures, 1 idea, 1 escalation, 1 action, 1 thanks; the test's own reload left out)%n", seconds, taps, keys, expected.size());
        Browser.saveScreenshot(tablet, "tablet-huddle.png");
        assertEquals(1L, js(wall, "return window.__notReloaded"), "the wall showed it all without a reload");

        // The record, as the API has it.
        JsonPath h = json(asTablet(WARD).get("/api/wards/{ward}/huddles/{id}", WARD, huddle).then().statusCode(200)
                .extract().asString());
        assertFalse(h.getBoolean("inProgress"));
        assertNotNull(h.get("endedAt"));
        assertTrue(h.getDouble("durationMinutes") >= 0, "a duration");
        assertFalse(h.getBoolean("autoEnded"));
        assertEquals("Sister M", h.getString("facilitator"));
        assertEquals(9, h.getInt("attendance"));
        assertEquals(List.of("NURSE_IN_CHARGE", "NURSE", "DOCTOR"), h.getList("roles"));
        assertEquals(notes, h.getString("notes"));
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (Map<String, Object> c : h.<Map<String, Object>> getList("changes")) {
            changes.put((String) c.get("what"), ((Number) c.get("count")).intValue());
        }
        assertEquals(expected.size(), changes.getOrDefault("measure values entered", 0)
                + changes.getOrDefault("measure values corrected", 0), changes.toString());
        assertEquals(1, changes.get("ideas added"), changes.toString());
        assertEquals(1, changes.get("escalations raised"), changes.toString());
        assertEquals(1, changes.get("actions agreed"), changes.toString());
        assertEquals(1, changes.get("thanks"), changes.toString());

        JsonPath board = json(TestApi.board(WARD));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Object value = board.get("measures.find { it.key == '" + e.getKey() + "' }.today.value");
            String shown = e.getValue();
            double want = shown.equals("Yes") ? 1 : Double.parseDouble(shown.replace("%", ""));
            assertEquals(want, ((Number) value).doubleValue(), 1e-9, e.getKey());
        }
        JsonPath cards = json(asTablet(WARD).get("/api/wards/{ward}/ideas", WARD).then().statusCode(200).extract().asString());
        assertEquals("NEW", cards.getString("find { it.title == '" + idea + "' }.column"));
        JsonPath escalations = json(asTablet(WARD).get("/api/wards/{ward}/escalations", WARD).then().statusCode(200)
                .extract().asString());
        assertEquals("STAFFING", escalations.getString("find { it.title == '" + escalation + "' }.category"));
        // Taken away again: other tests count the ward's open escalations on its wall.
        raised.add(escalations.getLong("find { it.title == '" + escalation + "' }.id"));
        JsonPath actions = json(asTablet(WARD).get("/api/wards/{ward}/actions", WARD).then().statusCode(200).extract().asString());
        assertEquals("Sam", actions.getString("find { it.text == '" + action + "' }.owner"));
        assertEquals(LocalDate.now(LONDON).plusDays(1).toString(),
                actions.getString("find { it.text == '" + action + "' }.dueDate"));
        JsonPath thanked = json(asTablet(WARD).get("/api/wards/{ward}/thanks", WARD).then().statusCode(200).extract().asString());
        assertNotNull(thanked.get("find { it.text == '" + thanks + "' }"), "the thanks is today's");

        // Done with one tap: off the tablet's list and the wall.
        String actionId = actions.getString("find { it.text == '" + action + "' }.id");
        tap(tablet, ".step[data-step=actions]");
        tap(tablet, "#action-" + actionId + " .action-move[data-to=done]");
        waitFor(tablet, "action done", "return document.getElementById('actions-state').textContent.indexOf('Done') === 0");
        waitFor(tablet, "off the list", "return !document.getElementById('action-" + actionId + "')");
        wallShows(wall, "the action off the wall", "return document.getElementById('actions').textContent.indexOf("
                + quoted(action) + ") < 0");
        assertEquals("DONE", json(asTablet(WARD).get("/api/wards/{ward}/actions?state=all", WARD).then().extract()
                .asString()).getString("find { it.text == '" + action + "' }.state"));

        // Thanks typed on the wrong ward come down with one tap, from the tablet and the wall.
        String thanksId = thanked.getString("find { it.text == '" + thanks + "' }.id");
        tap(tablet, ".step[data-step=thanks]");
        tap(tablet, "#thanks-" + thanksId + " .thanks-remove");
        waitFor(tablet, "thanks taken down", "return !document.getElementById('thanks-" + thanksId + "')");
        wallShows(wall, "the thanks off the wall", "return document.getElementById('thanks').textContent.indexOf("
                + quoted(thanks) + ") < 0");
        assertNull(json(asTablet(WARD).get("/api/wards/{ward}/thanks", WARD).then().statusCode(200).extract()
                .asString()).get("find { it.text == '" + thanks + "' }"));
    }

    @Test
    void twoTabletsSeeEachOthersValuesAndAStaleSaveOverwritesNothing() {
        String measure = "agency-shifts";
        String row = "#row-" + measure;
        openTablet(tablet, TWO_TABLETS_WARD, 1280, 800);
        openTablet(other, TWO_TABLETS_WARD, 1280, 800);
        for (ChromeDriver d : List.of(tablet, other)) {
            tap(d, ".step[data-step=measures]");
        }
        int before = TestApi.todaysEntryVersion(TWO_TABLETS_WARD, measure);
        String first = before >= 0 && "61".equals(text(tablet, row + " .current-value")) ? "62" : "61";

        // A saves; B, with nothing typed, shows it as it arrives.
        type(tablet, row + " .value-input", first);
        tap(tablet, "#step-measures .save-all");
        waitFor(tablet, "A saved", "return document.querySelector('" + row + " .row-state').textContent === 'Saved, on the board now'");
        waitFor(other, "B shows A's value", "return document.querySelector('" + row + " .current-value').textContent === '"
                + first + "' && document.querySelector('" + row + " .value-input').value === '" + first + "'");
        assertEquals("Saved on another tablet: now " + first, text(other, row + " .row-state"));

        // B starts typing; A saves again; B keeps what it typed and is told.
        type(other, row + " .value-input", "64");
        type(tablet, row + " .value-input", "63");
        tap(tablet, "#step-measures .save-all");
        waitFor(tablet, "A saved again", "return document.querySelector('" + row + " .current-value').textContent === '63'");
        waitFor(other, "B told", "return document.querySelector('" + row + " .row-state').textContent"
                + " === 'Changed on another tablet: now 63. What you typed is not saved.'");
        assertEquals("64", js(other, "return document.querySelector('" + row + " .value-input').value"));
        assertEquals("63", text(other, row + " .current-value"));

        // B saves from the version it loaded: refused, with A's value; nothing overwritten.
        tap(other, "#step-measures .save-all");
        waitFor(other, "B refused", "return document.querySelector('" + row + " .row-state').textContent"
                + ".indexOf('Changed on another tablet (now') === 0");
        assertEquals("Changed on another tablet (now 63). Check it, then save again.", text(other, row + " .row-state"));
        assertEquals("64", js(other, "return document.querySelector('" + row + " .value-input').value"), "typed kept");
        assertEquals(63.0, ((Number) json(TestApi.board(TWO_TABLETS_WARD))
                .get("measures.find { it.key == '" + measure + "' }.today.value")).doubleValue(), 1e-9);
        Browser.saveScreenshot(other, "tablet-stale-save.png");

        // Having seen it, B saves again on purpose: now it is B's value.
        tap(other, "#step-measures .save-all");
        waitFor(other, "B saved", "return document.querySelector('" + row + " .row-state').textContent === 'Saved, on the board now'");
        waitFor(tablet, "A shows B's value", "return document.querySelector('" + row + " .current-value').textContent === '64'");
        assertEquals(64.0, ((Number) json(TestApi.board(TWO_TABLETS_WARD))
                .get("measures.find { it.key == '" + measure + "' }.today.value")).doubleValue(), 1e-9);

        // The staffing notes of a huddle started elsewhere: the same rule.
        Huddles.endAny(TWO_TABLETS_WARD);
        long huddle = Huddles.start(TWO_TABLETS_WARD, "Charge Nurse B", 5, List.of("NURSE_IN_CHARGE"));
        for (ChromeDriver d : List.of(tablet, other)) {
            waitFor(d, "the huddle shown", "return document.getElementById('huddle-bar').dataset.id === '" + huddle + "'");
            tap(d, ".step[data-step=flow]");
        }
        type(other, "#flow-notes", "Bed 4 closed for cleaning");
        type(tablet, "#flow-notes", "Two discharges before noon");
        tap(tablet, "#save-notes");
        waitFor(tablet, "A's notes saved", "return document.getElementById('flow-state').textContent === 'Notes saved with the huddle'");
        waitFor(other, "B told", "return document.getElementById('flow-state').textContent === "
                + "'Changed on another tablet: now “Two discharges before noon”. What you typed is not saved.'");
        tap(other, "#save-notes");
        waitFor(other, "B refused", "return document.getElementById('flow-state').textContent.indexOf("
                + "'Changed on another tablet (now “Two discharges before noon”)') === 0");
        assertEquals("Bed 4 closed for cleaning", js(other, "return document.getElementById('flow-notes').value"));
        assertEquals("Two discharges before noon", asTablet(TWO_TABLETS_WARD).get("/api/wards/{ward}/huddles/{id}",
                TWO_TABLETS_WARD, huddle).then().extract().path("notes"));
    }

    /** Landscape and portrait: no sideways scrolling on any step, and every target at least 48 px high. */
    @Test
    void everyStepFitsATenInchTabletBothWays() {
        // A title with no spaces, as a pasted link would be, must wrap on its card, not widen the page.
        cards.add(ideas.card(WARD, "Pasted" + "W".repeat(100), IdeaColumn.NEW, null, null, Instant.now()));
        for (int[] size : new int[][] { { 1280, 800 }, { 800, 1280 } }) {
            openTablet(tablet, WARD, size[0], size[1]);
            for (String step : List.of("safety", "measures", "flow", "ideas", "escalations", "actions", "thanks")) {
                tap(tablet, ".step[data-step=" + step + "]");
                js(tablet, "var d = document.querySelector('#step-ideas details'); if (d) { d.open = true; }"
                        + "var e = document.querySelector('#raise-box'); if (e) { e.open = true; }");
                String where = size[0] + "×" + size[1] + " " + step;
                assertEquals(Boolean.TRUE, js(tablet, "return document.documentElement.scrollWidth <= window.innerWidth"),
                        where + ": scrolls sideways, " + js(tablet, "return document.documentElement.scrollWidth"));
                @SuppressWarnings("unchecked")
                List<String> small = (List<String>) js(tablet, "var out = [];"
                        + "document.querySelectorAll('button, input, textarea, select, summary').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.height > 0 && r.height < 47.5) {"
                        + "    out.push((e.id || e.className || e.name || e.tagName) + ' ' + Math.round(r.height)); } });"
                        + "return out;");
                assertTrue(small.isEmpty(), where + ": targets under 48 px: " + small);
            }
            Browser.saveScreenshot(tablet, "tablet-huddle-" + size[0] + "x" + size[1] + ".png");
        }
    }

    // ---- Opening the screens

    /** As a paired tablet of the ward: its device cookie, at a tablet's size in CSS pixels. */
    private void openTablet(ChromeDriver driver, String ward, int width, int height) {
        driver.get("about:blank"); // the last page and anything it was still fetching are gone
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(ward, "ward")));
        js(driver, "sessionStorage.clear()"); // a new day's steps, as on a tablet just picked up
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.get(base.resolve("/").toString());
        assertTrue(driver.getCurrentUrl().contains("/wards/" + ward + "/huddle"), "a tablet lands on the huddle page: "
                + driver.getCurrentUrl());
        waitFor(driver, "the page live", "return document.getElementById('huddle-live').dataset.state === 'live'");
    }

    private void openWall(ChromeDriver driver) {
        driver.get("about:blank");
        driver.get(base.resolve("/favicon.ico").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "display")));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
        driver.get(base.resolve("/wards/" + WARD + "/board").toString());
        waitFor(driver, "the wall live", "return document.getElementById('live')"
                + " && document.getElementById('live').dataset.state === 'live'");
        js(driver, "window.__notReloaded = 1");
    }

    /** The wall has had the board's latest version and shows what {@code script} checks. */
    private static void wallShows(ChromeDriver wall, String what, String script) {
        long version = TestApi.boardVersion(WARD);
        waitFor(wall, what + " (board version " + version + ")",
                "return Number(document.getElementById('board-live').dataset.version) >= " + version
                        + " && (function () { " + script + " }())");
    }

    private static String tileIs(String measure, String shown) {
        return "var t = document.querySelector('.tile[data-measure=\"" + measure + "\"] .value');"
                + " return !!t && t.textContent.trim() === " + quoted(shown) + ";";
    }

    private static String contains(String id, String text) {
        return "var e = document.getElementById('" + id + "'); return !!e && e.textContent.indexOf(" + quoted(text)
                + ") >= 0;";
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    // ---- Taps and keys, counted

    private void tap(ChromeDriver driver, String css) {
        taps++;
        retry(driver, () -> {
            WebElement e = driver.findElement(By.cssSelector(css));
            js(driver, "arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
        });
    }

    private void type(ChromeDriver driver, String css, String text) {
        taps++;
        keys += text.length();
        retry(driver, () -> {
            WebElement e = driver.findElement(By.cssSelector(css));
            js(driver, "arguments[0].scrollIntoView({block: 'center'})", e);
            e.clear();
            e.sendKeys(text);
        });
    }

    private static void retry(WebDriver driver, Runnable step) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    step.run();
                    return true;
                });
    }

    // ---- Reading the page

    private static List<String> rows(ChromeDriver driver, String step) {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) js(driver, "return Array.prototype.map.call(document.querySelectorAll("
                + "'#step-" + step + " .measure-row'), function (r) { return r.dataset.measure; })");
        return new ArrayList<>(keys);
    }

    private static String currentStep(ChromeDriver driver) {
        return (String) js(driver, "var s = document.querySelector('.step[aria-current=step]'); return s && s.dataset.step");
    }

    private static String stepState(ChromeDriver driver, String step) {
        String state = (String) js(driver, "return document.querySelector('.step[data-step=" + step + "]').dataset.state");
        assertEquals(state.equals("todo") ? "to do" : state,
                text(driver, ".step[data-step=" + step + "] .step-word"), "said in a word");
        return state;
    }

    private static String text(ChromeDriver driver, String css) {
        return (String) js(driver, "var e = document.querySelector(" + quoted(css) + ");"
                + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : null");
    }

    private static void waitFor(ChromeDriver driver, String what, String script) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(25))
                .withMessage(() -> what + "; the page's change queue says: " + text(driver, "#change-queue")
                        + "; its lines: " + js(driver, "return Array.prototype.map.call(document.querySelectorAll("
                                + "'.card-state[data-state]'), function (e) { return e.textContent; }).join(' | ')"))
                .until((Function<WebDriver, Boolean>) d -> Boolean.TRUE.equals(js(driver, script)));
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static JsonPath json(String body) {
        return new JsonPath(body);
    }
}
