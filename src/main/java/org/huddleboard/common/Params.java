package org.huddleboard.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

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

    /** A request body that must be there, or a 400 naming {@code body}. */
    public static <T> T body(T request) {
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        return request;
    }

    /** An id from the path: a positive whole number, or a 400 naming {@code id} ("must be a card number, such as 51"). */
    public static long id(String text, String what) {
        try {
            long n = Long.parseLong(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.invalid("id", "must be " + what + ", such as 51");
    }

    /** An enum's constant named in any case; null when absent or blank; a 400 naming {@code field} otherwise. */
    public static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(field, "must be one of " + names(type)));
    }

    /** An enum's constant names, e.g. "URGENT, ROUTINE", for a reason that lists what a field takes. */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
