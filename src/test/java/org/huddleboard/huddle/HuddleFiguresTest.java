package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.huddleboard.huddle.KnownHuddles.CSU;
import static org.huddleboard.huddle.KnownHuddles.NOW;
import static org.huddleboard.huddle.KnownHuddles.OTHER_WARD;
import static org.huddleboard.huddle.KnownHuddles.WARD;
import static org.huddleboard.huddle.KnownHuddles.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The huddle figures on the known huddles of {@link KnownHuddles}, read at 2024-02-20 12:00. */
@QuarkusTest
class HuddleFiguresTest {

    @Inject
    TrustClock clock;
    @Inject
    HuddleService huddles;

    @BeforeEach
    void knownHuddles() {
        KnownHuddles.make(clock, huddles);
    }

    @AfterEach
    void realTime() {
        clock.setClock(null);
    }

    @Test
    void thirtyCompleteDaysOfOneWard() {
        JsonPath f = figures(manager(), "30");
        assertEquals(30, f.getInt("days"));
        assertEquals("2024-01-21", f.getString("from"));
        assertEquals("2024-02-19", f.getString("to"), "ends yesterday: today is not over");
        // 19, 18, 17, 16 Feb and 21 Jan; today's huddle and that of 20 Jan are outside
        assertRow(row(f, "wards", WARD), 30, 5, 17, 6, 11.0, 6.5);
        assertEquals(CSU, row(f, "wards", WARD).get("csu"));
    }

    @Test
    void ninetyDaysTakeTheMeanOfTheTwoMiddleValues() {
        JsonPath f = figures(manager(), "90");
        assertEquals("2023-11-22", f.getString("from"));
        // lengths 9, 10, 11, 12, 15, 20 (the auto-ended hour left out): (11 + 12) / 2; attendance 4 to 10: 7
        assertRow(row(f, "wards", WARD), 90, 6, 7, 7, 11.5, 7.0);
    }

    @Test
    void anAutoEndedHuddleCountsAsHeldButNotInTheLength() {
        JsonPath f = figures(manager(), "30");
        // 19, 15 and 10 Feb held (the 10th's left open); lengths 8 and 13.5 only: 10.75, to one decimal
        assertRow(row(f, "wards", OTHER_WARD), 30, 3, 10, 3, 10.8, 5.0);
    }

    @Test
    void aCsuAndTheScopeAddUpTheirWardDays() {
        JsonPath f = figures(manager(), "30");
        // 8 of 2 x 30 days; lengths 8, 9, 10, 11, 12, 13.5, 15; attendance 3, 4, 5, 5, 6, 6, 7, 8, 10
        assertRow(row(f, "csus", CSU), 60, 8, 13, 9, 11.0, 6.0);
        assertEquals("Your CSUs", f.getString("trust.name"));
        assertRow(f.getMap("trust"), 60, 8, 13, 9, 11.0, 6.0);
        JsonPath ninety = figures(manager(), "90");
        // adds 20 Jan on ward-21: lengths 8 to 20, (11 + 12) / 2; attendance 3 to 10, (6 + 6) / 2
        assertRow(row(ninety, "csus", CSU), 180, 9, 5, 10, 11.5, 6.0);
    }

    @Test
    void theTrustCountsEveryWardAndWardsWithoutHuddlesShowNone() {
        JsonPath f = figures(as("executive"), "30");
        assertEquals("Whole trust", f.getString("trust.name"));
        assertNull(f.get("trust.code"));
        assertEquals(8, f.getList("wards").size(), "every ward of the trust");
        assertEquals(4, f.getList("csus").size());
        assertRow(f.getMap("trust"), 240, 8, 3, 9, 11.0, 6.0);
        Map<String, Object> quiet = row(f, "wards", "ward-14");
        assertRow(quiet, 30, 0, 0, 0, null, null);
        assertRow(row(f, "csus", "medicine"), 60, 0, 0, 0, null, null);
    }

    @Test
    void eachLeaderSeesTheirScopeAndDevicesNone() {
        KnownHuddles.at(clock, NOW);
        figuresOf(manager(), "30").body("csus.code", equalTo(List.of(CSU)))
                .body("wards.code", equalTo(List.of(WARD, OTHER_WARD)));
        figuresOf(as("manager"), "30").body("csus.code", equalTo(List.of("medicine")))
                .body("wards.code", equalTo(List.of("ward-12", "ward-14"))).body("trust.huddles", equalTo(0))
                .body("trust.sharePercent", equalTo(0));
        figuresOf(as("lead"), "90").body("wards.code", equalTo(List.of("ward-12", "ward-14")))
                .body("trust.name", equalTo("Your wards"));
        figuresOf(as("executive"), "90").body("csus.code", hasItem(CSU)).body("csus.code", hasItem("medicine"))
                .body("wards.findAll { it.code == 'ward-21' }.huddles", equalTo(List.of(7)));
        figuresOf(as("admin"), "30").body("trust.name", equalTo("Whole trust"));
        asTablet(WARD).get("/api/huddles/figures?days=30").then().statusCode(403);
        asDisplay(WARD).get("/api/huddles/figures").then().statusCode(403);
        RestAssured.given().redirects().follow(false).get("/api/huddles/figures").then().statusCode(401);
    }

    @Test
    void takesOnly30Or90Days() {
        as("executive").get("/api/huddles/figures").then().statusCode(200).body("days", equalTo(30));
        for (String bad : List.of("7", "31", "0", "ninety", "-30", "30.0", "900000000000")) {
            as("executive").get("/api/huddles/figures?days=" + bad).then().statusCode(400)
                    .body("errors.field", hasItem("days"));
        }
    }

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertNull(HuddleFiguresService.median(List.of()));
        assertEquals(7.0, HuddleFiguresService.median(List.of(7.0)));
        assertEquals(7.5, HuddleFiguresService.median(List.of(8.0, 7.0)));
        assertEquals(9.0, HuddleFiguresService.median(List.of(12.0, 9.0, 8.5)));
        assertEquals(10.3, HuddleFiguresService.median(List.of(10.25, 9.0, 11.0, 10.3)), "10.275 to one decimal");
        assertEquals(0, HuddleFiguresService.percent(0, 0));
        assertEquals(17, HuddleFiguresService.percent(5, 30));
        assertEquals(91, HuddleFiguresService.percent(819, 900));
    }

    // --- helpers -------------------------------------------------------------------------------

    private JsonPath figures(RequestSpecification as, String days) {
        KnownHuddles.at(clock, NOW);
        return figuresOf(as, days).extract().jsonPath();
    }

    private static ValidatableResponse figuresOf(RequestSpecification as, String days) {
        return as.get("/api/huddles/figures?days=" + days).then().statusCode(200);
    }

    private static Map<String, Object> row(JsonPath f, String list, String code) {
        Map<String, Object> r = f.getMap(list + ".find { it.code == '" + code + "' }");
        if (r == null) {
            throw new AssertionError(code + " not in " + list);
        }
        return r;
    }

    private static void assertRow(Map<String, Object> row, int days, int held, int percent, int huddles,
            Double medianMinutes, Double medianAttendance) {
        String what = String.valueOf(row.get("name"));
        assertEquals(days, row.get("days"), what + " days");
        assertEquals(held, row.get("daysHeld"), what + " days held");
        assertEquals(percent, row.get("sharePercent"), what + " share");
        assertEquals(huddles, row.get("huddles"), what + " huddles");
        assertEquals(medianMinutes, number(row.get("medianMinutes")), what + " median length");
        assertEquals(medianAttendance, number(row.get("medianAttendance")), what + " median attendance");
    }

    private static Double number(Object value) {
        // JSON numbers arrive as floats: read back as written
        return value == null ? null : Double.valueOf(value.toString());
    }
}
