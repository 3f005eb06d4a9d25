package org.huddleboard.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One-line fields refuse line breaks by name; the long fields of a card keep plain ones, and nothing else. */
class TextFieldsTest {

    @Test
    void oneLineFieldsSayThatTheyAreOneLine() {
        ApiProblem p = assertThrows(ApiProblem.class, () -> TextFields.optional("title", "Two\r\nlines", 120));
        assertEquals(400, p.status());
        assertEquals("title must be one line (no line breaks)", p.reasons());
        assertEquals("Trimmed", TextFields.optional("title", "  Trimmed\n", 120));
        assertNull(TextFields.optional("owner", " \n ", 40));
    }

    @Test
    void longFieldsKeepPlainLineBreaksAsLf() {
        assertEquals("One\nTwo\nThree\n\nFour", TextFields.optionalLines("problem", " One\r\nTwo\rThree\n\r\nFour\n", 1000));
        // CR LF counts as one character.
        assertEquals(5, TextFields.requiredLines("problem", "ab\r\ncd", 5).length());
        assertEquals(400, assertThrows(ApiProblem.class, () -> TextFields.requiredLines("problem", "\r\n", 10)).status());
    }

    @Test
    void longFieldsStillRefuseOtherControlsAndNhsNumbersAcrossLines() {
        for (String bad : new String[] { "line\u2028separator", "para\u2029graph", "bell\u0007", "esc\u001B[31m",
                "flip\u202Eit", "vertical\u000Btab", "form\u000Cfeed", "next\u0085line" }) {
            assertEquals(400, assertThrows(ApiProblem.class, () -> TextFields.optionalLines("idea", bad, 1000))
                    .status(), bad);
        }
        assertEquals(422, assertThrows(ApiProblem.class,
                () -> TextFields.optionalLines("idea", "Ask for\n943 476\r\n5919", 1000)).status());
    }
}
