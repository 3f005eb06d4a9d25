package org.huddleboard.commitment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;

import io.smallrye.common.annotation.Blocking;

/** The trust's annual commitments: anyone signed in reads them; admins change them. */
@Path("/api/commitments")
@Tag(name = "Commitments")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    /** What a retire carries: the version the admin loaded. */
    public record RetireRequest(Integer version) {
    }

    @Inject
    CommitmentService commitments;
    @Inject
    Access access;

    @GET
    @RolesAllowed({ "admin", "executive", "manager", Role.LEAD_ROLE })
    @Operation(summary = "The commitments in force, in the trust's order (retired ones left out)")
    public List<CommitmentView> list() {
        return commitments.list();
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a commitment (code, title, description, periodLabel, sortOrder)")
    public Response create(CommitmentRequest request) {
        return Response.status(201).entity(commitments.create(access.viewer(), request)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a commitment's title, description, period or order, with the version loaded")
    public CommitmentView update(@PathParam("code") String code, CommitmentRequest request) {
        return commitments.update(access.viewer(), code, request);
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a commitment: kept with its code, taken off every list")
    public CommitmentView retire(@PathParam("code") String code, RetireRequest request) {
        return commitments.retire(access.viewer(), code, request == null ? null : request.version());
    }
}
