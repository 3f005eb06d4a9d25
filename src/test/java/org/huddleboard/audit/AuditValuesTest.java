package org.huddleboard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditValuesTest {

    private static String read(List<AuditValues.Change> changes) {
        return String.join("; ", changes.stream()
                .map(c -> (c.field() == null ? "" : c.field() + ": ") + c.before() + " → " + c.after()).toList());
    }

    @Test
    void showsOnlyTheFieldsThatChangedInWords() {
        assertEquals("value: 3 → 4; note: (none) → 'bay 2'", read(AuditValues.changes(
                "{\"value\":3.0,\"note\":null,\"enteredBy\":\"JT\"}",
                "{\"value\":4.0,\"note\":\"bay 2\",\"enteredBy\":\"JT\"}")));
        assertEquals("entered by: 'JT' → 'AB'", read(AuditValues.changes("{\"enteredBy\":\"JT\"}",
                "{\"enteredBy\":\"AB\"}")));
    }

    @Test
    void aNewOrRemovedThingListsEachFieldAgainstNone() {
        assertEquals("name: (none) → 'Corridor screen'; active: (none) → yes; wards: (none) → 'ward-12', 'ward-14'",
                read(AuditValues.changes(null,
                        "{\"name\":\"Corridor screen\",\"active\":true,\"wards\":[\"ward-12\",\"ward-14\"]}")));
        assertEquals("value: 2.5 → (none)", read(AuditValues.changes("{\"value\":2.5}", null)));
    }

    @Test
    void plainWordsAndCutJsonAreShownAsTheyAre() {
        assertEquals("(none) → signed in", read(AuditValues.changes(null, "signed in")));
        assertEquals("{\"note\":\"cut sho → (none)", read(AuditValues.changes("{\"note\":\"cut sho", null)));
        assertEquals(List.of(), AuditValues.changes(null, null));
    }

    @Test
    void longTextIsShortenedWithTheWholeKept() {
        String note = "x".repeat(200);
        AuditValues.Change c = AuditValues.changes("{\"note\":\"a\"}", "{\"note\":\"" + note + "\"}").get(0);
        assertEquals(AuditValues.SHORT, c.after().length());
        assertTrue(c.after().endsWith("…"));
        assertEquals("'" + note + "'", c.afterFull());
    }
}
