package org.huddleboard.common;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/** A refused request; mapped to problem JSON by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {

    private final Status status;
    private final List<Problem.FieldError> errors;
    private final transient Object current;

    public ApiProblem(Status status, String detail, List<Problem.FieldError> errors, Object current) {
        super(detail);
        this.status = status;
        this.errors = errors;
        this.current = current;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(Status.NOT_FOUND, what + " not found", null, null);
    }

    public static ApiProblem invalid(String field, String reason) {
        return invalid(List.of(new Problem.FieldError(field, reason)));
    }

    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        return new ApiProblem(Status.BAD_REQUEST, "The request has invalid fields", errors, null);
    }

    public static ApiProblem conflict(String detail, Object current) {
        return new ApiProblem(Status.CONFLICT, detail, null, current);
    }

    public Problem toProblem() {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), getMessage(),
                errors, current);
    }
}
