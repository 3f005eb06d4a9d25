package org.huddleboard.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An audit line's before and after as a reader takes them in: "value: 3 → 4", field names in words,
 * long text cut short with the whole kept for a title. The stored JSON stays as it is for the CSV.
 */
public final class AuditValues {

    static final int SHORT = 60;
    static final String NONE = "(none)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*Z");

    /** One changed field; {@code field} is null when the value has no fields. */
    public record Change(String field, String before, String beforeFull, String after, String afterFull) {
    }

    private AuditValues() {
    }

    /** Moments inside the values read in words too, through {@code when}. */
    static List<Change> changes(Function<Instant, String> when, String before, String after) {
        JsonNode b = parse(before);
        JsonNode a = parse(after);
        if ((b == null || b.isObject()) && (a == null || a.isObject()) && (a != null || b != null)) {
            Set<String> fields = new LinkedHashSet<>();
            names(b, fields);
            names(a, fields);
            List<Change> changes = new ArrayList<>();
            for (String f : fields) {
                JsonNode was = b == null ? null : b.get(f);
                JsonNode now = a == null ? null : a.get(f);
                if (b != null && a != null && same(was, now)) {
                    continue;
                }
                changes.add(change(words(f), text(was, when), text(now, when)));
            }
            return changes;
        }
        if (before == null && after == null) {
            return List.of();
        }
        return List.of(change(null, b == null ? raw(before) : text(b, when), a == null ? raw(after) : text(a, when)));
    }

    private static Change change(String field, String before, String after) {
        return new Change(field, shorten(before), before, shorten(after), after);
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                into.add(it.next());
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a == null || a.isNull() ? b == null || b.isNull() : a.equals(b);
    }

    /** Stored values may be plain words, or JSON cut at the column's length: those are shown as they are. */
    private static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (!(v.startsWith("{") || v.startsWith("["))) {
            return null;
        }
        try {
            return JSON.readTree(v);
        } catch (Exception e) {
            return null;
        }
    }

    private static String raw(String value) {
        return value == null ? NONE : value;
    }

    static String text(JsonNode node, Function<Instant, String> when) {
        if (node == null || node.isNull()) {
            return NONE;
        }
        if (node.isTextual() && INSTANT.matcher(node.asText()).matches()) {
            try {
                return when.apply(Instant.parse(node.asText()));
            } catch (DateTimeParseException e) {
                // Not a moment after all: shown as the text it is.
            }
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? NONE : "'" + node.asText() + "'";
        }
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue().stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "yes" : "no";
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> parts.add(text(n, when)));
            return parts.isEmpty() ? NONE : String.join(", ", parts);
        }
        node.fields().forEachRemaining(e -> parts.add(words(e.getKey()) + " " + text(e.getValue(), when)));
        return String.join(", ", parts);
    }

    /** "wardCode" and "ward_code" read as "ward code". */
    static String words(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '_' || c == '-') {
                out.append(' ');
            } else if (Character.isUpperCase(c) && i > 0) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String shorten(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }
}
