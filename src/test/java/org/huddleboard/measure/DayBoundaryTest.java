package org.huddleboard.measure;

import static org.hamcrest.Matchers.equalTo;
import static org.huddleboard.TestApi.putEntry;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.inject.Inject;

import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** "Today" is the trust's local day: entries either side of its midnight land on different days. */
@QuarkusTest
class DayBoundaryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    TrustClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.setClock(null);
    }

    @Test
    void clocksGoForwardNight() {
        // 01:00 GMT on 29 March 2026 becomes 02:00 BST.
        assertLandsOn("2026-03-28T23:59", "2026-03-28", "staff-sickness");
        assertLandsOn("2026-03-29T00:01", "2026-03-29", "staff-sickness");
    }

    @Test
    void firstSummerNightWhenUtcIsStillOnTheDayBefore() {
        // 00:01 BST on 30 March is 23:01 UTC on 29 March.
        assertLandsOn("2026-03-29T23:59", "2026-03-29", "agency-shifts");
        assertLandsOn("2026-03-30T00:01", "2026-03-30", "agency-shifts");
    }

    @Test
    void clocksGoBackNight() {
        // 02:00 BST on 26 October 2025 becomes 01:00 GMT; 00:01 BST is still 23:01 UTC on the 25th.
        assertLandsOn("2025-10-25T23:59", "2025-10-25", "staff-sickness");
        assertLandsOn("2025-10-26T00:01", "2025-10-26", "staff-sickness");
    }

    @Test
    void justAfterMidnightTheNewDayIsNotInTheFuture() {
        standAt("2025-10-25T23:59");
        putEntry("ward-33", "agency-shifts", "2025-10-26", "{\"value\": 1}").statusCode(400);
        standAt("2025-10-26T00:01");
        putEntry("ward-33", "agency-shifts", "2025-10-26", "{\"value\": 1}").statusCode(201);
    }

    private void assertLandsOn(String localTime, String expectedDay, String measure) {
        standAt(localTime);
        putEntry("ward-33", measure, "today", "{\"value\": 0}")
                .statusCode(201)
                .body("date", equalTo(expectedDay));
    }

    private void standAt(String localTime) {
        ZonedDateTime at = LocalDateTime.parse(localTime).atZone(LONDON);
        clock.setClock(Clock.fixed(at.toInstant(), LONDON));
    }
}
