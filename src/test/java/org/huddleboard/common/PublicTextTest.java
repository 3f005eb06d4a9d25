package org.huddleboard.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PublicTextTest {

    /**
     * NHS numbers written so that a reader still sees one: the corpus that passed the old check
     * (ASCII digits with plain spaces, hyphens or dots only), and the usual ways too.
     * 943 476 5919, 401 023 2137, 291 417 7763 and 317 066 9079 have valid check digits.
     */
    static List<String> disguisedNhsNumbers() {
        return List.of(
                "943 476 5919", "patient 9434765919 in bay 2", "943-476-5919", "4010232137", "943.476.5919",
                "943  476  5919", "943\u00A0476\u00A05919",
                // full-width digits, and one full-width digit among ASCII ones
                "\uFF19\uFF14\uFF13 \uFF14\uFF17\uFF16 \uFF15\uFF19\uFF11\uFF19", "943 476 591\uFF19",
                // other scripts' digits: Arabic-Indic, Extended Arabic-Indic (Urdu), Devanagari, Bengali
                "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669",
                "\u06F9\u06F4\u06F3 \u06F4\u06F7\u06F6 \u06F5\u06F9\u06F1\u06F9",
                "\u096F\u096A\u0969\u096A\u096D\u096C\u096B\u096F\u0967\u096F",
                "\u09EF\u09EA\u09E9 \u09EA\u09ED\u09EC \u09EB\u09EF\u09E7\u09EF",
                // mathematical bold and circled digits fold to plain ones
                "\uD835\uDFD7\uD835\uDFD2\uD835\uDFD1 476 5919", "\u2468\u2463\u2462 476 5919",
                // invisible characters and combining marks between digits
                "943\u200B476\u200B5919", "9\u200D4\u200D3 476 5919", "943\u2060476\u20605919",
                "943\u00AD476\u00AD5919", "943\uFEFF476\uFEFF5919", "9\u03014\u03013\u0301 476 5919",
                "94\u20DD3 476 5919",
                // separators: spaced dashes, three spaces, slash, underscore, comma, en dash, brackets
                "943 - 476 - 5919", "943   476   5919", "943/476/5919", "943_476_5919", "943,476,5919",
                "943\u2013476\u20135919", "(943) 476 5919", "943 \u2014 476 \u2014 5919", "943*476*5919",
                "943|476|5919", "943\u3000476\u30005919",
                // other valid numbers, and a number followed by more digits after a comma
                "291 417 7763", "317-066-9079", "NHS: 943 476 5919, 2 doses", "id#9434765919");
    }

    /** Text a ward writes every day that is not an NHS number. */
    static List<String> harmlessTexts() {
        return List.of(
                "943 476 5910", "9434765910", "(943) 476 5918", "\uFF19\uFF14\uFF13 476 5910",
                "94347659191", "943 476 591", "Bay 3 needs 2 more chairs by 10:30",
                "Review 10/11/2026 12:30", "Review 28/11/2026", "Due 2026-11-28", "Handover at 14:30",
                // these two would read as valid check digits if dates and times were not recognised
                "28/11/2026 09:00", "Meeting 01/11/2026 09:30 in bay 4",
                "2026-11-28 09:00", "Bay 12 bed 3", "Bays 1, 2, 3 and 4", "Call ext. 4476 or 4477",
                "Bleep 2231, ext 4476", "Switchboard 020 7946 0123", "3 falls, 0 pressure ulcers, 12 admissions",
                "98% hand hygiene (49/50)", "Nights covered", "");
    }

    @ParameterizedTest
    @MethodSource("disguisedNhsNumbers")
    void nhsNumbersAreFoundHoweverTheyAreWritten(String text) {
        assertTrue(PublicText.containsNhsNumber(text), () -> "missed: " + text);
        ApiProblem refused = assertThrows(ApiProblem.class, () -> PublicText.check("note", text));
        assertEquals(422, refused.status(), text);
    }

    @ParameterizedTest
    @MethodSource("harmlessTexts")
    void harmlessTextsAreAccepted(String text) {
        assertFalse(PublicText.containsNhsNumber(text), () -> "refused: " + text);
        assertEquals(text, PublicText.check("note", text));
    }

    @Test
    void checkDigitTenIsNeverValid() {
        assertFalse(PublicText.isValidNhsNumber("1000000010"));
    }

    @Test
    void refusalIs422NamingTheField() {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> PublicText.check("enteredBy", "943 476 5919"));
        assertEquals(422, refused.status());
        assertEquals("enteredBy", refused.toProblem().errors().get(0).field());
        assertEquals("ok", PublicText.check("note", "ok"));
        assertNull(PublicText.check("note", null));
    }

    static List<String> controlAndInvisibleTexts() {
        return List.of("a\u0000b", "red\u001B[31m", "abc\u202Edcb", "line\u2028two", "para\u2029two", "new\nline",
                "cr\rhere", "del\u007F", "c1\u0085", "bom\uFEFF", "zero\u200Bwidth", "lrm\u200E", "isolate\u2066x\u2069",
                "soft\u00ADhyphen", "tag\uDB40\uDC41", "lone \uD800 high", "lone \uDC00 low", "end \uD83D");
    }

    @ParameterizedTest
    @MethodSource("controlAndInvisibleTexts")
    void controlAndInvisibleCharactersAreRefusedWith400(String text) {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> PublicText.check("name", text), text);
        assertEquals(400, refused.status());
        assertEquals("name", refused.toProblem().errors().get(0).field());
    }

    @Test
    void ordinaryUnicodeIsAccepted() {
        for (String text : List.of("Café crème", "Zoë O'Brien-Ng", "\u0645\u0631\u062D\u0628\u0627", "\u0928\u092E\u0938\u094D\u0924\u0947",
                "Well done team \uD83C\uDF89", "\uD83D\uDC69\u200D\u2695\uFE0F on shift", "tab\tseparated",
                "\u00A0non-breaking", "\u6771\u4EAC")) {
            assertEquals(text, PublicText.check("note", text));
        }
    }
}
