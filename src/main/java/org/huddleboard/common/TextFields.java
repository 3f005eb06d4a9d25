package org.huddleboard.common;

/**
 * Free text from a request that will be shown on a board: trimmed, held to its column's length,
 * and passed through the {@link PublicText} check. Blank counts as absent.
 */
public final class TextFields {

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
        return PublicText.check(field, trimmed);
    }

    /** As {@link #optional}, but absent or blank text is refused. */
    public static String required(String field, String text, int max) {
        String checked = optional(field, text, max);
        if (checked == null) {
            throw ApiProblem.invalid(field, "is required");
        }
        return checked;
    }
}
