package org.huddleboard.escalation;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The figures on a known set of escalations, raised and answered through the API with the trust
 * clock moved to the winter of 2023-24 (GMT, so trust time is UTC): no demo escalation (the last
 * 120 days) and no other test's (today) falls in these windows. They are on the Children's wards
 * (ward-33, one on ward-31), read by a Children's manager made for this test. The figures are
 * read at 2024-02-20 12:00: the 30-day window starts 2024-01-22 00:00, the 90-day one
 * 2023-11-23 00:00.
 */
@QuarkusTest
class EscalationFiguresTest {

    static final Instant NOW = Instant.parse("2024-02-20T12:00:00Z");
    static final String WARD = "ward-33";
    static final String OTHER_WARD = "ward-31";
    static final String CSU = "childrens";
    static final String MANAGER = "figures.childrens";
    static final long MIN = 60;
    static final long HOUR = 3600;

    private static boolean made;
    private static String managerSession;

    @Inject
    TrustClock clock;
    @Inject
    FiguresPage figuresPage;

    @BeforeEach
    void knownEscalations() {
        if (made) {
            return;
        }
        // Sessions and pairings at the real time: made under a moved clock, they would expire with it.
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", MANAGER, "displayName", "Children's CSU Manager", "password",
                        "a-long-password", "role", "manager", "csus", List.of(CSU)))
                .post("/api/people").then().statusCode(201);
        made = true;
        managerSession = TestAuth.signIn(MANAGER, "a-long-password");
        TestAuth.session("executive");
        TestAuth.session("manager");
        TestAuth.session("lead");
        TestAuth.device(WARD, "ward");
        TestAuth.device(OTHER_WARD, "ward");
        try {
            long e1 = raise(WARD, "2024-02-10T08:00:00Z", "STAFFING", "URGENT");
            act(e1, "2024-02-10T08:30:00Z", manager(), "acknowledge", null);
            act(e1, "2024-02-10T13:00:00Z", manager(), "resolve", "Bank nurse booked");
            long e2 = raise(WARD, "2024-02-11T08:00:00Z", "STAFFING", "URGENT");
            act(e2, "2024-02-11T11:00:00Z", manager(), "acknowledge", null);
            act(e2, "2024-02-12T04:00:00Z", manager(), "resolve", "Agency nurse for the night");
            long e3 = raise(WARD, "2024-02-12T10:00:00Z", "BEDS_AND_FLOW", "ROUTINE");
            act(e3, "2024-02-12T11:00:00Z", manager(), "acknowledge", null);
            act(e3, "2024-02-13T08:00:00Z", manager(), "resolve", "Two beds opened");
            long e4 = raise(WARD, "2024-02-13T10:00:00Z", "BEDS_AND_FLOW", "ROUTINE");
            act(e4, "2024-02-15T10:00:00Z", manager(), "hand-back", "Use the discharge lounge first");
            long e5 = raise(WARD, "2024-02-19T15:00:00Z", "EQUIPMENT", "ROUTINE");
            act(e5, "2024-02-19T15:45:00Z", manager(), "acknowledge", null);
            raise(WARD, "2024-02-20T11:00:00Z", "SAFETY", "URGENT");
            long e7 = raise(WARD, "2024-01-22T00:30:00Z", "STAFFING", "ROUTINE");
            act(e7, "2024-01-22T02:30:00Z", manager(), "acknowledge", null);
            act(e7, "2024-01-23T08:30:00Z", manager(), "resolve", "Rota changed");
            act(e7, "2024-01-24T10:00:00Z", asTablet(WARD), "close", null);
            long e8 = raise(WARD, "2023-12-10T08:00:00Z", "IT", "URGENT");
            act(e8, "2023-12-10T09:00:00Z", manager(), "acknowledge", null);
            act(e8, "2023-12-10T10:00:00Z", manager(), "escalate", "Needs the trust's IT budget");
            act(e8, "2023-12-11T14:00:00Z", as("executive"), "resolve", "New server ordered");
            long e9 = raise(WARD, "2024-01-21T23:30:00Z", "STAFFING", "ROUTINE");
            act(e9, "2024-01-22T03:30:00Z", manager(), "resolve", "Night cover found");
            long e10 = raise(WARD, "2023-11-23T00:30:00Z", "SUPPLIES", "ROUTINE");
            act(e10, "2023-11-23T03:30:00Z", manager(), "resolve", "Stock sent up");
            act(e10, "2023-11-24T10:00:00Z", asTablet(WARD), "reopen", "Wrong size sent");
            act(e10, "2023-11-26T00:30:00Z", manager(), "resolve", "Right size sent");
            long e11 = raise(WARD, "2023-11-22T23:30:00Z", "OTHER", "ROUTINE");
            act(e11, "2023-11-23T01:00:00Z", manager(), "resolve", "Done");
            long e12 = raise(WARD, "2023-12-20T10:00:00Z", "OTHER", "ROUTINE");
            act(e12, "2023-12-20T10:10:00Z", manager(), "acknowledge", null);
            act(e12, "2023-12-21T06:00:00Z", manager(), "resolve", "Sorted");
            long e13 = raise(OTHER_WARD, "2024-02-18T10:00:00Z", "ESTATES", "ROUTINE");
            act(e13, "2024-02-18T12:00:00Z", manager(), "resolve", "Door fixed");
            // raised after the moment the figures are read: not in them
            raise(WARD, "2024-02-20T12:30:00Z", "STAFFING", "ROUTINE");
        } finally {
            clock.setClock(null);
        }
    }

    @AfterEach
    void realTime() {
        clock.setClock(null);
    }

    @Test
    void thirtyDaysOfOneWard() {
        JsonPath f = figures(manager(), "30");
        assertEquals(30, f.getInt("days"));
        assertEquals("2024-01-22", f.getString("from"));
        Map<String, Object> w = unit(f, "wards", WARD);
        assertEquals(7, w.get("raised"));
        // acknowledged: 30 min, 45 min, 1 h, 2 h, 3 h, 48 h; the urgent one of 11:00 still waits
        assertTimes(w, "acknowledge", 6, 1, HOUR, 48 * HOUR);
        // resolved: 5 h, 20 h, 22 h, 32 h (closed since), 48 h (handed back); two still wait
        assertTimes(w, "resolve", 5, 2, 22 * HOUR, 48 * HOUR);
        assertOnTarget(w, 3, 3, 1, 50);
        assertEquals(Map.of("STAFFING", 3, "EQUIPMENT", 1, "ESTATES", 0, "BEDS_AND_FLOW", 2, "IT", 0, "SUPPLIES", 0,
                "SAFETY", 1, "OTHER", 0), w.get("byCategory"));
    }

    @Test
    void ninetyDaysOfOneWardTakeTheNearestRank() {
        JsonPath f = figures(manager(), "90");
        assertEquals("2023-11-23", f.getString("from"));
        Map<String, Object> w = unit(f, "wards", WARD);
        assertEquals(11, w.get("raised"), "the one of 22 Nov 23:30 is a day too old, the one of 12:30 too new");
        // 10 min, 30 min, 45 min, 1 h, 1 h, 2 h, 3 h, 3 h, 4 h, 48 h: rank 5 and rank 9
        assertTimes(w, "acknowledge", 10, 1, HOUR, 4 * HOUR);
        // 4 h, 5 h, 20 h, 20 h, 22 h, 30 h, 32 h, 48 h, 72 h (to the second answer after reopening): ranks 5, 9
        assertTimes(w, "resolve", 9, 2, 22 * HOUR, 72 * HOUR);
        assertOnTarget(w, 6, 4, 1, 60);
        assertEquals(Map.of("STAFFING", 4, "EQUIPMENT", 1, "ESTATES", 0, "BEDS_AND_FLOW", 2, "IT", 1, "SUPPLIES", 1,
                "SAFETY", 1, "OTHER", 1), w.get("byCategory"));
    }

    @Test
    void aCsuAddsUpItsWards() {
        JsonPath f = figures(manager(), "30");
        Map<String, Object> csu = unit(f, "csus", CSU);
        assertEquals(8, csu.get("raised"));
        // 30 min, 45 min, 1 h, 2 h, 2 h, 3 h, 48 h
        assertTimes(csu, "acknowledge", 7, 1, 2 * HOUR, 48 * HOUR);
        assertOnTarget(csu, 4, 3, 1, 57);
        Map<String, Object> other = unit(f, "wards", OTHER_WARD);
        assertEquals(1, other.get("raised"));
        assertTimes(other, "resolve", 1, 0, 2 * HOUR, 2 * HOUR);
        assertEquals(8, f.getInt("total.raised"));
        assertEquals("Your CSUs", f.getString("total.name"));
    }

    @Test
    void eachLeaderSeesTheirScopeAndDevicesNone() {
        at(NOW);
        figuresOf(manager(), "30").body("csus.code", equalTo(List.of(CSU)))
                .body("wards.code", equalTo(List.of(OTHER_WARD, WARD)));
        figuresOf(as("manager"), "30").body("csus.code", equalTo(List.of("medicine")))
                .body("wards.code", equalTo(List.of("ward-12", "ward-14"))).body("total.raised", equalTo(0));
        figuresOf(as("lead"), "90").body("wards.code", equalTo(List.of("ward-12", "ward-14")))
                .body("csus.code", not(hasItem(CSU)));
        figuresOf(as("executive"), "90").body("csus.code", hasItem(CSU)).body("csus.code", hasItem("medicine"))
                .body("wards.findAll { it.code == 'ward-33' }.raised", equalTo(List.of(11)));
        figuresOf(as("admin"), "30").body("total.name", equalTo("Whole trust"));
        asTablet(WARD).get("/api/escalations/figures?days=30").then().statusCode(403);
        asDisplay(WARD).get("/api/escalations/figures").then().statusCode(403);
    }

    @Test
    void figuresIsNotAnEscalationIdAndTakesOnly30Or90Days() {
        as("executive").get("/api/escalations/figures").then().statusCode(200).body("days", equalTo(30));
        for (String bad : List.of("7", "31", "ninety", "-30", "30.0", "900000000000")) {
            as("executive").get("/api/escalations/figures?days=" + bad).then().statusCode(400)
                    .body("errors.field", hasItem("days"));
        }
        io.restassured.RestAssured.given().redirects().follow(false).get("/api/escalations/figures").then()
                .statusCode(401);
    }

    @Test
    void thePageShowsBothWindowsInPlainTimes() {
        at(NOW);
        String html = manager().get("/escalations/figures").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        String thirty = section(html, "30");
        String ninety = section(html, "90");
        // 30 days, ward-33: median 1 h / 90th 2 days to acknowledge; resolve 22 h / 2 days; 50% of 6
        assertRow(thirty, WARD, "<td>1 h</td><td>2 days</td><td class=\"num\">1</td>",
                "<td>22 h</td><td>2 days</td><td class=\"num\">2</td>", "50% <span class=\"figures-of\">of 6</span>",
                "Staffing 3 · Beds and flow 2 · Equipment 1 · Safety 1");
        assertRow(ninety, WARD, "<td>1 h</td><td>4 h</td>", "<td>22 h</td><td>3 days</td>",
                "60% <span class=\"figures-of\">of 10</span>");
        assertRow(thirty, CSU, "<td>2 h</td><td>2 days</td>", "57%");
        assertTrue(html.contains("still waiting"), "the page says how the unanswered ones are counted");
        asTablet(WARD).redirects().follow(false).get("/escalations/figures").then().statusCode(303);
        as("lead").get("/escalations/figures").then().statusCode(200)
                .body(containsString("CSU rows count your wards only")).body(not(containsString("ward-33")));
    }

    @Test
    void theTableIsAFragmentAnotherPageCanShow() {
        at(NOW);
        Viewer executive = new Viewer(Viewer.Kind.PERSON, 0, "Executive", Role.EXECUTIVE, Set.of(), Set.of(), null,
                null);
        String table = FiguresPage.Templates.figures$table(figuresPage.tables(executive)).render();
        assertTrue(table.strip().startsWith("<section class=\"figures\">"), "the fragment alone: " + table);
        assertFalse(table.contains("<html") || table.contains("<h1"), "no page around it");
        assertRow(section(table, "90"), WARD, "<td>1 h</td><td>4 h</td>");
        assertTrue(table.contains("still waiting"), "says how the unanswered ones are counted");
    }

    @Test
    void timesReadPlainly() {
        assertEquals("–", FiguresTable.plain(null));
        assertEquals("under 1 min", FiguresTable.plain(20L));
        assertEquals("40 min", FiguresTable.plain(40 * MIN));
        assertEquals("1 h 40 min", FiguresTable.plain(HOUR + 40 * MIN));
        assertEquals("3 h", FiguresTable.plain(3 * HOUR));
        assertEquals("1 day", FiguresTable.plain(24 * HOUR + 10 * MIN));
        assertEquals("2 days 3 h", FiguresTable.plain(51 * HOUR + 20 * MIN));
        assertEquals("2 days 4 h", FiguresTable.plain(51 * HOUR + 40 * MIN));
        assertEquals("1 day", FiguresTable.plain(23 * HOUR + 59 * MIN + 50));
        assertNull(EscalationFigures.nearestRank(List.of(), 50));
        assertEquals(1L, EscalationFigures.nearestRank(List.of(1L), 90));
        assertEquals(1L, EscalationFigures.nearestRank(List.of(1L, 2L), 50));
        assertEquals(9L, EscalationFigures.nearestRank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90));
        assertEquals(10L, EscalationFigures.nearestRank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), 90));
        assertEquals(6L, EscalationFigures.nearestRank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), 50));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static RequestSpecification manager() {
        return io.restassured.RestAssured.given().cookie("hb_session", managerSession);
    }

    private void at(Instant instant) {
        clock.setClock(Clock.fixed(instant, clock.zone()));
    }

    private long raise(String ward, String at, String category, String severity) {
        at(Instant.parse(at));
        return asTablet(ward).contentType(ContentType.JSON).body("""
                {"title": "Figures %s", "detail": "Known case for the figures", "category": "%s",
                 "severity": "%s", "raisedBy": "Sister"}""".formatted(at, category, severity))
                .post("/api/wards/" + ward + "/escalations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void act(long id, String at, RequestSpecification as, String action, String text) {
        at(Instant.parse(at));
        Escalations.act(as, as("executive"), id, action, text).statusCode(200);
    }

    private JsonPath figures(RequestSpecification as, String days) {
        at(NOW);
        return figuresOf(as, days).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse figuresOf(RequestSpecification as, String days) {
        return as.get("/api/escalations/figures?days=" + days).then().statusCode(200);
    }

    private static Map<String, Object> unit(JsonPath f, String list, String code) {
        Map<String, Object> u = f.getMap(list + ".find { it.code == '" + code + "' }");
        if (u == null) {
            throw new AssertionError(code + " not in " + list);
        }
        return u;
    }

    @SuppressWarnings("unchecked")
    private static void assertTimes(Map<String, Object> unit, String which, int count, int waiting, long median,
            long p90) {
        Map<String, Object> t = (Map<String, Object>) unit.get(which);
        assertEquals(count, t.get("count"), which + " count");
        assertEquals(waiting, t.get("stillWaiting"), which + " still waiting");
        assertEquals(median, ((Number) t.get("medianSeconds")).longValue(), which + " median");
        assertEquals(p90, ((Number) t.get("p90Seconds")).longValue(), which + " 90th percentile");
    }

    @SuppressWarnings("unchecked")
    private static void assertOnTarget(Map<String, Object> unit, int within, int late, int undecided, int percent) {
        Map<String, Object> t = (Map<String, Object>) unit.get("withinTarget");
        assertEquals(within, t.get("within"), "within target");
        assertEquals(late, t.get("late"), "late");
        assertEquals(undecided, t.get("undecided"), "undecided");
        assertEquals(percent, t.get("percentWithin"), "share within target");
    }

    private static String section(String html, String days) {
        int start = html.indexOf("data-days=\"" + days + "\"");
        assertTrue(start >= 0, days + "-day table");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static void assertRow(String table, String unit, String... parts) {
        int start = table.indexOf("data-unit=\"" + unit + "\"");
        assertTrue(start >= 0, unit + " row");
        String row = table.substring(start, table.indexOf("</tr>", start));
        for (String p : parts) {
            assertTrue(row.contains(p), unit + " row has " + p + ": " + row);
        }
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }
}
