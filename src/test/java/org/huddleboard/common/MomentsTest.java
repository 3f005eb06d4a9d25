package org.huddleboard.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MomentsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-28T16:30:00Z");

    @Test
    void saysTodayYesterdayTheWeekdayAndTheYearOnlyWhenItIsNotThisYears() {
        assertEquals("Today 09:14", Moments.words(Instant.parse("2026-11-28T09:14:59.547979Z"), LONDON, NOW));
        assertEquals("Yesterday 17:02", Moments.words(Instant.parse("2026-11-27T17:02:00Z"), LONDON, NOW));
        assertEquals("Mon 23 Nov 09:14", Moments.words(Instant.parse("2026-11-23T09:14:00Z"), LONDON, NOW));
        assertEquals("Tue 30 Dec 2025 08:00", Moments.words(Instant.parse("2025-12-30T08:00:00Z"), LONDON, NOW));
        assertEquals("", Moments.words(null, LONDON, NOW));
    }

    @Test
    void readsTheDayAndTimeInTheTrustsZoneNotUtc() {
        Instant summerNow = Instant.parse("2026-07-10T12:00:00Z");
        // 23:30 UTC on the 9th is 00:30 on the 10th in London's summer time: today, not yesterday.
        assertEquals("Today 00:30", Moments.words(Instant.parse("2026-07-09T23:30:00Z"), LONDON, summerNow));
        assertEquals("Yesterday 23:59", Moments.words(Instant.parse("2026-07-09T22:59:00Z"), LONDON, summerNow));
    }
}
