package org.huddleboard.measure;

import org.huddleboard.common.ApiProblem;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns the JSON value a tablet sent into the number stored, or refuses it with the reason. */
final class EntryValues {

    static final int MAX_NOTE = 200;
    static final int MAX_NAME = 40;
    private static final double MAX_COUNT = 100_000;
    private static final double MAX_NUMBER = 1_000_000_000;

    private EntryValues() {
    }

    static double parse(Kind kind, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw ApiProblem.invalid("value", "is required");
        }
        if (kind == Kind.YES_NO) {
            if (!value.isBoolean()) {
                throw ApiProblem.invalid("value", "must be true (yes) or false (no)");
            }
            return value.booleanValue() ? 1 : 0;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw ApiProblem.invalid("value", "must be a number");
        }
        double v = value.doubleValue();
        switch (kind) {
            case COUNT -> {
                if (v != Math.rint(v) || v < 0 || v > MAX_COUNT) {
                    throw ApiProblem.invalid("value", "must be a whole number from 0 to " + (long) MAX_COUNT);
                }
            }
            case PERCENTAGE -> {
                if (v < 0 || v > 100) {
                    throw ApiProblem.invalid("value", "must be a percentage from 0 to 100");
                }
            }
            default -> {
                if (Math.abs(v) > MAX_NUMBER) {
                    throw ApiProblem.invalid("value", "is out of range");
                }
            }
        }
        return v;
    }

    static String text(String field, String text, int max) {
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
