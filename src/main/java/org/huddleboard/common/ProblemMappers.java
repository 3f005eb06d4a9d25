package org.huddleboard.common;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every refusal leaves saying why: problem JSON on the API, so clients can show the field and
 * reason, and a readable page on a page route (see {@link Refusals}).
 */
public class ProblemMappers {

    /** What to say when the exception only carries a generic "HTTP 405 Method Not Allowed". */
    private static final Map<Integer, String> PLAIN_REASONS = Map.of(
            401, "Sign in, or pair this device, first",
            403, "You may not do this",
            404, "There is nothing at this address",
            405, "This address does not take this method",
            406, "This address cannot answer in the format asked for (Accept)",
            413, "The request is larger than the server takes",
            415, "This address does not take a body of this Content-Type");

    @Inject
    Refusals refusals;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(ApiProblem.invalid(fieldOf(e), reasonOf(e)).toProblem(), uri);
    }

    /** Jackson's own mapper for this type answers in its own format; ours keeps problem JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(ApiProblem.conflict("Someone else changed this at the same time; reload and try again",
                null).toProblem(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(Refusals.problem(401, PLAIN_REASONS.get(401)), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Refusals.problem(403, "Your role may not do this"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response r = e.getResponse();
        int status = r.getStatus();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? PLAIN_REASONS.getOrDefault(status, e.getMessage()) : e.getMessage();
        Response.ResponseBuilder answer = build(Refusals.problem(status, detail), uri);
        String allow = r.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private Response respond(Problem problem, UriInfo uri) {
        return build(problem, uri).build();
    }

    private Response.ResponseBuilder build(Problem problem, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        return Response.status(problem.status()).type(refusals.contentType(path))
                .entity(refusals.body(path, problem));
    }

    /** The JSON path of the offending field, or "body" when the document itself is wrong. */
    static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(Collectors.joining("."));
        }
        if (e instanceof StreamReadException read && read.getMessage() != null
                && read.getMessage().startsWith("Duplicate field '") && read.getProcessor() != null) {
            String name = read.getProcessor().getParsingContext().getCurrentName();
            return name == null ? "body" : name;
        }
        return "body";
    }

    private static String reasonOf(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && m.getMessage() != null
                && m.getMessage().startsWith("Trailing token")) {
            return "must be one JSON document with nothing after it";
        }
        if (e instanceof StreamReadException && e.getMessage() != null
                && e.getMessage().startsWith("Duplicate field '")) {
            return "is given more than once";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return e instanceof JsonMappingException ? "has the wrong type or shape" : "is not well-formed JSON";
    }
}
