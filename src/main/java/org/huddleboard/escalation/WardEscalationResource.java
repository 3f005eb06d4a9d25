package org.huddleboard.escalation;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

/** A ward's own escalations: raising one, and those not yet closed. */
@Path("/api/wards/{ward}/escalations")
@Tag(name = "Escalations")
public class WardEscalationResource {

    @Inject
    EscalationService escalations;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ward's escalations not yet closed, oldest first")
    @APIResponse(responseCode = "200", description = "The escalations")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<EscalationView> forWard(@PathParam("ward") String ward) {
        return escalations.forWard(access.viewer(), ward);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise an escalation to the ward's CSU (tier 2)",
            description = "Title, detail, category and severity are required; detail may have line breaks. "
                    + "raisedBy is a short name, optional.")
    @APIResponse(responseCode = "201", description = "The new escalation; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response raise(@PathParam("ward") String ward, RaiseRequest request) {
        EscalationView raised = escalations.raise(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/escalations/{id}").build(raised.id());
        return Response.created(location).entity(raised).build();
    }
}
