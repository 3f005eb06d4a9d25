package org.huddleboard.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Problem;

/**
 * Collects the reasons a row is refused, phrased by the same checks the API makes (they throw
 * {@link ApiProblem} naming the field): "value: 120 must be a percentage from 0 to 100".
 */
final class RowChecks {

    private final List<String> reasons = new ArrayList<>();

    /** The check's result, or null (its reason noted) if it refused. */
    <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiProblem refused) {
            add(refused, null);
            return null;
        }
    }

    /** As {@link #check(Supplier)}, the refused text shown before the reason ("value: 120 must be ..."). */
    <T> T check(String shown, Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiProblem refused) {
            add(refused, shown);
            return null;
        }
    }

    void add(ApiProblem refused, String shown) {
        List<Problem.FieldError> errors = refused.toProblem().errors();
        if (errors == null || errors.isEmpty()) {
            reasons.add(refused.getMessage());
            return;
        }
        for (Problem.FieldError e : errors) {
            reasons.add(e.field() + ": " + (shown == null || shown.isEmpty() ? "" : shown + " ") + e.reason());
        }
    }

    void add(String column, String reason) {
        reasons.add(column + ": " + reason);
    }

    boolean failed() {
        return !reasons.isEmpty();
    }

    String reasons() {
        return String.join("; ", reasons);
    }
}
