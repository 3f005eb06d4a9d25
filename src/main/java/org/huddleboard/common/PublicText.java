package org.huddleboard.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check for free text that will be shown on a board, which patients and visitors
 * read: anything that looks like an NHS number (10 digits, spaced or not, whose last digit
 * is a valid modulus 11 check digit) is refused.
 */
public final class PublicText {

    /**
     * Ten digits, separated by at most two spaces (any kind), hyphens or dots, not part of a
     * longer number. Slashes and colons are left out: dates and times would look alike.
     */
    private static final Pattern TEN_DIGITS = Pattern.compile(
            "(?<![\\d])\\d(?:[\\s\\u00A0.\\-]{0,2}\\d){9}(?![\\d])", Pattern.UNICODE_CHARACTER_CLASS);

    public static final String REMINDER = "This board is public: patients and visitors can read it."
            + " No names, NHS numbers or dates of birth.";

    private PublicText() {
    }

    /** Refuses (422) text that looks like it holds an NHS number; returns the text otherwise. */
    public static String check(String field, String text) {
        if (text != null && containsNhsNumber(text)) {
            throw ApiProblem.notForPublicBoard(field,
                    "looks like it contains an NHS number; the board is public, so no patient-identifiable"
                            + " information may go on it");
        }
        return text;
    }

    static boolean containsNhsNumber(String text) {
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            if (isValidNhsNumber(m.group().replaceAll("\\D", ""))) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidNhsNumber(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
