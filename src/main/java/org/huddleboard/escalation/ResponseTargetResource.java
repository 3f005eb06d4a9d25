package org.huddleboard.escalation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;

import io.smallrye.common.annotation.Blocking;

/** How fast escalations must be acknowledged, answered and resolved, per severity. */
@Path("/api/response-targets")
@Tag(name = "Escalations")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class ResponseTargetResource {

    @Inject
    ResponseTargetService service;
    @Inject
    Access access;

    @GET
    @RolesAllowed({ "admin", "executive", "manager", Role.LEAD_ROLE })
    @Operation(summary = "Each severity's targets (PT2H, next-huddle or none), in words, and whether an admin set"
            + " them (stored) or they are the configured defaults")
    public List<ResponseTargetView> list() {
        return service.list();
    }

    @PUT
    @Path("/{severity}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a severity's acknowledge, answer and resolve targets, with the version loaded (0 while"
            + " the configured ones apply)")
    public ResponseTargetView update(@PathParam("severity") String severity, ResponseTargetRequest request) {
        return service.update(access.viewer(), severity, request);
    }
}
