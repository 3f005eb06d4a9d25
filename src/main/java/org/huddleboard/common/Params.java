package org.huddleboard.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one way a date or number sent by a client as text (path, query) is read: anything
 * unreadable or out of range is a 400 naming the parameter, never a 404 or 500.
 *
 * <p>Dates: Ward boards are younger than 2000, so an earlier
 * day is a typing error (0026 for 2026), never history worth keeping; years past 9999 only break
 * date arithmetic further on.
 */
public final class Params {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private Params() {
    }

    /** An ISO date within {@link #EARLIEST} and {@link #LATEST}, or a 400 naming {@code field}. */
    public static LocalDate date(String field, String text) {
        return date(field, text, "");
    }

    /** As {@link #date(String, String)}; {@code orElse} names what else the field takes, such as " or 'today'". */
    public static LocalDate date(String field, String text, String orElse) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be a date like 2026-03-29" + orElse);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiProblem.invalid(field, "must be a date from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    /** A whole number from {@code min} to {@code max}; {@code otherwise} when absent. */
    public static int integer(String field, String text, int otherwise, int min, int max) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same reason as a number out of range
        }
        throw ApiProblem.invalid(field, "must be a whole number from " + min + " to " + max);
    }
}
