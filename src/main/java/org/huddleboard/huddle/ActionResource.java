package org.huddleboard.huddle;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

/** Actions agreed at a ward's huddles, carried to the next huddle until they are done. */
@Path("/api/wards/{ward}/actions")
@Tag(name = "Huddles")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @Inject
    ActionService actions;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The ward's actions: open ones (default) by due day, or all, newest first")
    @APIResponse(responseCode = "200", description = "The actions")
    @APIResponse(responseCode = "400", description = "state is neither open nor all")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<ActionView> list(@PathParam("ward") String ward, @QueryParam("state") String state) {
        return actions.list(access.viewer(), ward, state);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One action, open or closed")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "400", description = "Malformed id")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward or action")
    public ActionView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        return actions.get(access.viewer(), ward, id);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree an action", description = "text, owner (a short name) and dueDate (today or later)"
            + " are required; huddleId links it to the huddle that agreed it.")
    @APIResponse(responseCode = "201", description = "The action; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response create(@PathParam("ward") String ward, ActionRequest request) {
        ActionView created = actions.create(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/wards/{ward}/actions/{id}").build(ward, created.id());
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Idempotent
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an open action's text, owner or due day", description = "Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or action")
    @APIResponse(responseCode = "409", description = "Stale version, or the action is closed; the problem carries it")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public ActionView update(@PathParam("ward") String ward, @PathParam("id") String id, ActionRequest request) {
        return actions.update(access.viewer(), ward, id, request);
    }

    @POST
    @Idempotent
    @Path("/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an open action done", description = "Send the version you loaded; by is a short name.")
    @APIResponse(responseCode = "200", description = "The action, done")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or action")
    @APIResponse(responseCode = "409", description = "Stale version, or not open; the problem carries the action")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public ActionView done(@PathParam("ward") String ward, @PathParam("id") String id, VersionRequest request) {
        return actions.move(access.viewer(), ward, id, ActionState.DONE, request);
    }

    @POST
    @Idempotent
    @Path("/{id}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop an open action that is no longer needed", description = "Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "The action, dropped")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or action")
    @APIResponse(responseCode = "409", description = "Stale version, or not open; the problem carries the action")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public ActionView drop(@PathParam("ward") String ward, @PathParam("id") String id, VersionRequest request) {
        return actions.move(access.viewer(), ward, id, ActionState.DROPPED, request);
    }

    @POST
    @Idempotent
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a done or dropped action", description = "Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "The action, open again")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or action")
    @APIResponse(responseCode = "409", description = "Stale version, or already open; the problem carries the action")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public ActionView reopen(@PathParam("ward") String ward, @PathParam("id") String id, VersionRequest request) {
        return actions.move(access.viewer(), ward, id, ActionState.OPEN, request);
    }
}
