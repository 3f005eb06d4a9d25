package org.huddleboard.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, with the fields that were wrong and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }
}
