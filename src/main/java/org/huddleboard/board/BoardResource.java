package org.huddleboard.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.huddleboard.access.Access;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/wards/{ward}/board")
@io.smallrye.common.annotation.Blocking
@Tag(name = "Boards")
public class BoardResource {

    @Inject
    BoardService boards;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ward's board now: today's date, board version, each measure with today's value, "
            + "status against target and the last 14 days, the month's safety cross, and the idea board in brief: "
            + "cards per column, open and overdue counts, the cards in Testing and in New (latest move first, with "
            + "owner, due date and overdue) and the latest celebrated ideas")
    @APIResponse(responseCode = "200", description = "The snapshot")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public BoardSnapshot board(@PathParam("ward") String ward) {
        return boards.snapshot(access.viewer(), ward);
    }
}
