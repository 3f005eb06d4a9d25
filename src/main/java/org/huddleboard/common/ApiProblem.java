package org.huddleboard.common;

import java.util.List;

/** A refused request; mapped to problem JSON by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final transient Object current;

    public ApiProblem(int status, String title, String detail, List<Problem.FieldError> errors, Object current) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.current = current;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "Not Found", what + " not found", null, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, null, null);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "Unauthorized", "Sign in, or pair this device, first", null, null);
    }

    public static ApiProblem invalid(String field, String reason) {
        return invalid(List.of(new Problem.FieldError(field, reason)));
    }

    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        return new ApiProblem(400, "Bad Request", "The request has invalid fields", errors, null);
    }

    /** Text that may not go on a public board, such as something that looks like an NHS number. */
    public static ApiProblem notForPublicBoard(String field, String reason) {
        return new ApiProblem(422, "Unprocessable Content", "This text cannot go on a public board",
                List.of(new Problem.FieldError(field, reason)), null);
    }

    public static ApiProblem conflict(String detail, Object current) {
        return new ApiProblem(409, "Conflict", detail, null, current);
    }

    public int status() {
        return status;
    }

    /** The reasons in a sentence, for a page to show: "note must be at most 200 characters; ...". */
    public String reasons() {
        return errors == null || errors.isEmpty() ? getMessage()
                : String.join("; ", errors.stream().map(e -> e.field() + " " + e.reason()).toList());
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors, current);
    }
}
