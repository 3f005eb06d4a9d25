package org.huddleboard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.huddleboard.common.Moments;

import org.junit.jupiter.api.Test;

class AuditValuesTest {

    private static final Function<Instant, String> WHEN = at -> Moments.words(at, ZoneId.of("Europe/London"),
            Instant.parse("2026-11-28T16:30:00Z"));

    private static String read(List<AuditValues.Change> changes) {
        return String.join("; ", changes.stream()
                .map(c -> (c.field() == null ? "" : c.field() + ": ") + c.before() + " → " + c.after()).toList());
    }

    @Test
    void showsOnlyTheFieldsThatChangedInWords() {
        assertEquals("value: 3 → 4; note: (none) → 'bay 2'", read(AuditValues.changes(WHEN,
                "{\"value\":3.0,\"note\":null,\"enteredBy\":\"JT\"}",
                "{\"value\":4.0,\"note\":\"bay 2\",\"enteredBy\":\"JT\"}")));
        assertEquals("entered by: 'JT' → 'AB'", read(AuditValues.changes(WHEN, "{\"enteredBy\":\"JT\"}",
                "{\"enteredBy\":\"AB\"}")));
    }

    @Test
    void aNewOrRemovedThingListsEachFieldAgainstNone() {
        assertEquals("name: (none) → 'Corridor screen'; active: (none) → yes; wards: (none) → 'ward-12', 'ward-14'",
                read(AuditValues.changes(WHEN, null,
                        "{\"name\":\"Corridor screen\",\"active\":true,\"wards\":[\"ward-12\",\"ward-14\"]}")));
        assertEquals("value: 2.5 → (none)", read(AuditValues.changes(WHEN, "{\"value\":2.5}", null)));
    }

    @Test
    void plainWordsAndCutJsonAreShownAsTheyAre() {
        assertEquals("(none) → signed in", read(AuditValues.changes(WHEN, null, "signed in")));
        assertEquals("{\"note\":\"cut sho → (none)", read(AuditValues.changes(WHEN, "{\"note\":\"cut sho", null)));
        assertEquals(List.of(), AuditValues.changes(WHEN, null, null));
    }

    @Test
    void momentsInsideValuesReadInWords() {
        assertEquals("paired at: (none) → Today 09:14", read(AuditValues.changes(WHEN, null,
                "{\"pairedAt\":\"2026-11-28T09:14:08.547979Z\"}")));
    }

    @Test
    void longTextIsShortenedWithTheWholeKept() {
        String note = "x".repeat(200);
        AuditValues.Change c = AuditValues.changes(WHEN, "{\"note\":\"a\"}", "{\"note\":\"" + note + "\"}").get(0);
        assertEquals(AuditValues.SHORT, c.after().length());
        assertTrue(c.after().endsWith("…"));
        assertEquals("'" + note + "'", c.afterFull());
    }
}
