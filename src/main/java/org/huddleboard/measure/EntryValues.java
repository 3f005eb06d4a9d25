package org.huddleboard.measure;

import java.math.BigDecimal;

import org.huddleboard.common.ApiProblem;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns the JSON value a tablet sent into the number stored, or refuses it with the reason. */
public final class EntryValues {

    public static final int MAX_NOTE = 200;
    static final int MAX_NAME = 40;

    private EntryValues() {
    }

    /** The value as stored, if it is of the measure's kind and inside the measure's own range. */
    public static double parse(MeasureDefinition measure, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw ApiProblem.invalid("value", "is required");
        }
        if (measure.kind == Kind.YES_NO) {
            if (!value.isBoolean()) {
                throw ApiProblem.invalid("value", "must be true (yes) or false (no)");
            }
            return value.booleanValue() ? 1 : 0;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw ApiProblem.invalid("value", "must be a number");
        }
        double v = value.doubleValue();
        boolean whole = measure.kind != Kind.COUNT || v == Math.rint(v);
        if (!whole || v < measure.minValue || v > measure.maxValue) {
            throw ApiProblem.invalid("value", rangeText(measure));
        }
        return v;
    }

    /** "must be a whole number from 0 to 30", "must be a percentage from 0 to 100", ... */
    static String rangeText(MeasureDefinition measure) {
        String what = switch (measure.kind) {
            case COUNT -> "a whole number";
            case PERCENTAGE -> "a percentage";
            default -> "a number";
        };
        String unit = measure.kind == Kind.PERCENTAGE || measure.unit == null || measure.unit.isBlank() ? ""
                : " (" + measure.unit.strip() + ")";
        return "must be " + what + " from " + plain(measure.minValue) + " to " + plain(measure.maxValue) + unit;
    }

    public static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    public static String text(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw ApiProblem.invalid(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }
}
