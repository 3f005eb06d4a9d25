package org.huddleboard.retry;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.huddleboard.common.Problem;
import org.huddleboard.common.Refusals;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The two answers an idempotent write gives without running: the stored one, and "try again". */
public class ReplayMappers {

    @ServerExceptionMapper
    public Response replay(Replay replay) {
        IdempotentRequest answer = replay.answer;
        Response.ResponseBuilder response = Response.status(answer.status)
                .header(IdempotencyInterceptor.REPLAYED, "true");
        if (answer.body != null) {
            response.type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body);
        }
        if (answer.location != null) {
            response.header(HttpHeaders.LOCATION, answer.location);
        }
        if (answer.boardVersion != null) {
            response.header(IdempotencyInterceptor.BOARD_VERSION, answer.boardVersion);
        }
        return response.build();
    }

    /** 409 like a stale version, but with Retry-After: the client resends the same change shortly. */
    @ServerExceptionMapper
    public Response stillSaving(StillSaving e) {
        return Response.status(409).header("Retry-After", "1").type(Problem.MEDIA_TYPE)
                .entity(Refusals.problem(409, e.getMessage())).build();
    }
}
