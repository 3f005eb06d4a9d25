package org.huddleboard.huddle;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

/** Thanks and celebrations from the huddle, on the wall screen for the rest of the day. */
@Path("/api/wards/{ward}/thanks")
@Tag(name = "Huddles")
@Produces(MediaType.APPLICATION_JSON)
public class ThanksResource {

    @Inject
    ThanksService thanks;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Today's thanks and celebrations, newest first")
    @APIResponse(responseCode = "200", description = "The notes")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<ThanksView> today(@PathParam("ward") String ward) {
        return thanks.today(access.viewer(), ward);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add thanks or a celebration", description = "text is required (up to 200 characters);"
            + " by is an optional short name.")
    @APIResponse(responseCode = "201", description = "The note")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response add(@PathParam("ward") String ward, ThanksRequest request) {
        ThanksView added = thanks.add(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/wards/{ward}/thanks").build(ward);
        return Response.created(location).entity(added).build();
    }

    @DELETE
    @Idempotent
    @Path("/{id}")
    @Operation(summary = "Take a note down (it stays in the audit trail)")
    @APIResponse(responseCode = "204", description = "Taken down")
    @APIResponse(responseCode = "400", description = "Malformed id")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or note, or already taken down")
    public void remove(@PathParam("ward") String ward, @PathParam("id") String id) {
        thanks.remove(access.viewer(), ward, id);
    }
}
