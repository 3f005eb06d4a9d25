package org.huddleboard.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicTextTest {

    @Test
    void validNhsNumbersAreFoundWrittenAnyUsualWay() {
        assertTrue(PublicText.containsNhsNumber("943 476 5919"));
        assertTrue(PublicText.containsNhsNumber("patient 9434765919 in bay 2"));
        assertTrue(PublicText.containsNhsNumber("943-476-5919"));
        assertTrue(PublicText.containsNhsNumber("4010232137"));
        assertTrue(PublicText.containsNhsNumber("943.476.5919"));
        assertTrue(PublicText.containsNhsNumber("943  476  5919"));
        assertTrue(PublicText.containsNhsNumber("943\u00A0476\u00A05919"));
    }

    @Test
    void otherNumbersAreLeftAlone() {
        assertFalse(PublicText.containsNhsNumber("9434765910"), "wrong check digit");
        assertFalse(PublicText.containsNhsNumber("94347659191"), "eleven digits");
        assertFalse(PublicText.containsNhsNumber("943 476 591"), "nine digits");
        assertFalse(PublicText.containsNhsNumber("Bay 3 needs 2 more chairs by 10:30"));
        assertFalse(PublicText.containsNhsNumber("Review 10/11/2026 12:30"), "a date and a time");
        assertFalse(PublicText.isValidNhsNumber("1000000010"), "check digit 10 is never valid");
    }

    @Test
    void refusalIs422NamingTheField() {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> PublicText.check("note", "943 476 5919"));
        assertEquals(422, refused.status());
        assertEquals("note", refused.toProblem().errors().get(0).field());
        assertEquals("ok", PublicText.check("note", "ok"));
    }
}
