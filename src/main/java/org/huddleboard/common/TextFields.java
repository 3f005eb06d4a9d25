package org.huddleboard.common;

import java.util.regex.Pattern;

/**
 * Free text from a request that will be shown on a board: trimmed, held to its column's length,
 * and passed through the {@link PublicText} check. Blank counts as absent.
 *
 * <p>Most fields are one line. The long fields of a card (the problem, the idea, what changed)
 * are typed in a textarea on a tablet, so {@link #optionalLines} also takes plain line breaks;
 * every other control or invisible character is refused as everywhere else.
 */
public final class TextFields {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    private TextFields() {
    }

    /** The trimmed text, or null if absent or blank. */
    public static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw ApiProblem.invalid(field, "must be at most " + max + " characters");
        }
        if (trimmed.indexOf('\n') >= 0 || trimmed.indexOf('\r') >= 0) {
            throw ApiProblem.invalid(field, "must be one line (no line breaks)");
        }
        return PublicText.check(field, trimmed);
    }

    /** As {@link #optional}, but absent or blank text is refused. */
    public static String required(String field, String text, int max) {
        return present(field, optional(field, text, max));
    }

    /**
     * As {@link #optional}, but plain line breaks are kept (CR LF and CR become LF, and count
     * as one character each). The public-board check reads across them: digits split over two
     * lines are still one number.
     */
    public static String optionalLines(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = LINE_BREAK.matcher(text.strip()).replaceAll("\n");
        if (trimmed.length() > max) {
            throw ApiProblem.invalid(field, "must be at most " + max + " characters");
        }
        PublicText.check(field, trimmed.replace('\n', ' '));
        return trimmed;
    }

    /** As {@link #optionalLines}, but absent or blank text is refused. */
    public static String requiredLines(String field, String text, int max) {
        return present(field, optionalLines(field, text, max));
    }

    private static String present(String field, String checked) {
        if (checked == null) {
            throw ApiProblem.invalid(field, "is required");
        }
        return checked;
    }
}
