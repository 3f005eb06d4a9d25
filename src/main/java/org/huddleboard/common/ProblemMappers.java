package org.huddleboard.common;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every refusal of the API leaves as problem JSON, so clients can show the field and reason. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                        .collect(Collectors.joining("."))
                : "body";
        String reason = e instanceof JsonMappingException ? "has the wrong type or shape" : "is not well-formed JSON";
        return respond(ApiProblem.invalid(field, reason).toProblem());
    }

    /** Jackson's own mapper for this type answers in its own format; ours keeps problem JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return respond(ApiProblem.conflict("Someone else changed this at the same time; reload and try again",
                null).toProblem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response r = e.getResponse();
        Status status = Status.fromStatusCode(r.getStatus());
        String title = status == null ? "Error" : status.getReasonPhrase();
        return respond(new Problem("about:blank", title, r.getStatus(), e.getMessage(), null, null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

}
