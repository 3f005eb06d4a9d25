package org.huddleboard.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check for free text that will be shown on a board, which patients and visitors
 * read. Every board text (notes, names of the people who entered values, device names,
 * people's display names) goes through {@link #check}: characters that a wall page would
 * show raw or invisibly (controls, direction overrides, line separators, lone surrogates)
 * are refused, and so is anything that looks like an NHS number, however it is written.
 */
public final class PublicText {

    /** Digits of one number may be split by up to this many spaces, dashes, brackets, slashes... */
    private static final int MAX_GAP = 3;

    /**
     * Dates and times a ward writes, such as 28/11/2026, 2026-11-28 or 14:30. They are taken out
     * before looking for NHS numbers, so that "28/11/2026 14:30" is not read as ten digits whose
     * check digit happens to be right. Only real calendar values are taken out.
     */
    private static final Pattern DATE_DMY = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?(?!\\d)");

    public static final String REMINDER = "This board is public: patients and visitors can read it."
            + " No names, NHS numbers or dates of birth.";

    private PublicText() {
    }

    /**
     * Refuses board text with control or invisible characters (400) or that looks like it
     * holds an NHS number (422); returns the text otherwise.
     */
    public static String check(String field, String text) {
        if (text == null) {
            return null;
        }
        if (containsNhsNumber(text)) {
            throw ApiProblem.notForPublicBoard(field,
                    "looks like it contains an NHS number; the board is public, so no patient-identifiable"
                            + " information may go on it");
        }
        String bad = forbiddenCharacter(text);
        if (bad != null) {
            throw ApiProblem.invalid(field, bad);
        }
        return text;
    }

    /** Why the text cannot be shown as it is, or null if every character is fine. */
    static String forbiddenCharacter(String text) {
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
                return "contains a broken character (a lone UTF-16 surrogate)";
            }
            if (isForbidden(cp)) {
                return String.format("contains an invisible or control character (U+%04X); type plain text", cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Controls (NUL, ESC, newlines...), line and paragraph separators, and format characters
     * (direction overrides, zero-width spaces, soft hyphens, BOM) can hide or reorder what a
     * wall screen shows. Tab is plain spacing. Zero-width joiner and non-joiner stay allowed:
     * emoji such as the health worker and several scripts are written with them.
     */
    private static boolean isForbidden(int cp) {
        if (cp == '\t' || cp == 0x200C || cp == 0x200D) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static boolean containsNhsNumber(String text) {
        String plain = withoutDatesAndTimes(normalise(text));
        for (List<String> run : digitRuns(plain)) {
            if (anyTenDigitsValid(run)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a reader sees: compatibility forms folded (full-width, circled, superscript digits),
     * invisible format characters and combining marks dropped, and digits of every script
     * written as ASCII digits.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String withoutDatesAndTimes(String text) {
        String s = replaceValid(text, DATE_ISO, m -> isDate(m.group(3), m.group(2)));
        s = replaceValid(s, DATE_DMY, m -> isDate(m.group(1), m.group(2)) || isDate(m.group(2), m.group(1)));
        return replaceValid(s, TIME, m -> Integer.parseInt(m.group(1)) <= 23 && Integer.parseInt(m.group(2)) <= 59);
    }

    private static String replaceValid(String text, Pattern pattern, java.util.function.Predicate<Matcher> valid) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // A letter stands in for the date or time: it separates the digits on either side.
            m.appendReplacement(out, valid.test(m) ? "x" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isDate(String day, String month) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    }

    /**
     * Groups of digits that read as one number: each group is a run of digits, and the next
     * group follows after at most {@link #MAX_GAP} characters that are neither letters nor digits.
     */
    private static List<List<String>> digitRuns(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                run.add(text.substring(start, i));
                int gap = 0;
                while (i < n && gap <= MAX_GAP && !Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                    gap++;
                }
                boolean continues = i < n && gap <= MAX_GAP && text.charAt(i) >= '0' && text.charAt(i) <= '9';
                if (!continues) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * Whole groups that together make exactly ten digits: "943 476 5919, 2" holds one, while a
     * longer number written in one piece, such as an 11-digit phone number, holds none.
     */
    private static boolean anyTenDigitsValid(List<String> groups) {
        for (int start = 0; start < groups.size(); start++) {
            StringBuilder digits = new StringBuilder();
            for (int end = start; end < groups.size() && digits.length() < 10; end++) {
                digits.append(groups.get(end));
                if (digits.length() == 10 && isValidNhsNumber(digits.toString())) {
                    return true;
                }
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
