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

/** A ward's huddles: start one, correct it while it runs, end it, and the record by day. */
@Path("/api/wards/{ward}/huddles")
@Tag(name = "Huddles")
@Produces(MediaType.APPLICATION_JSON)
public class HuddleResource {

    @Inject
    HuddleService huddles;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The ward's huddle record by trust day, newest first",
            description = "One entry per day from days-1 days ago to today (days 1 to 400, default 30): whether a"
                    + " huddle was held, and each huddle started that day.")
    @APIResponse(responseCode = "200", description = "The days")
    @APIResponse(responseCode = "400", description = "days out of range")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<HuddleDay> days(@PathParam("ward") String ward, @QueryParam("days") String days) {
        return huddles.days(access.viewer(), ward, days);
    }

    @GET
    @Path("/current")
    @Operation(summary = "The huddle in progress")
    @APIResponse(responseCode = "200", description = "The huddle in progress")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no huddle in progress")
    public HuddleView current(@PathParam("ward") String ward) {
        return huddles.current(access.viewer(), ward);
    }

    @GET
    @Path("/facilitators")
    @Operation(summary = "Short names that facilitated the ward's huddles in the last 30 days, most recent first")
    @APIResponse(responseCode = "200", description = "Up to 8 short names")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<String> facilitators(@PathParam("ward") String ward) {
        return huddles.facilitators(access.viewer(), ward);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One huddle")
    @APIResponse(responseCode = "200", description = "The huddle")
    @APIResponse(responseCode = "400", description = "Malformed id")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward or huddle")
    public HuddleView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        return huddles.get(access.viewer(), ward, id);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the ward's huddle",
            description = "facilitator (a short name) and attendance (1 to 99) are required; roles lists the roles"
                    + " present. Refused with 409 and the running huddle if one is already in progress.")
    @APIResponse(responseCode = "201", description = "The huddle, in progress; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "409", description = "A huddle is already in progress; the problem carries it")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response start(@PathParam("ward") String ward, HuddleRequest request) {
        HuddleView started = huddles.start(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/wards/{ward}/huddles/{id}").build(ward, started.id());
        return Response.created(location).entity(started).build();
    }

    @PUT
    @Idempotent
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a huddle: facilitator, attendance, roles present, staffing and flow notes",
            description = "Send the version you loaded; a stale version is refused with the huddle as it is.")
    @APIResponse(responseCode = "200", description = "The huddle")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or huddle")
    @APIResponse(responseCode = "409", description = "Stale version; the problem carries the huddle as it is")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public HuddleView update(@PathParam("ward") String ward, @PathParam("id") String id, HuddleRequest request) {
        return huddles.update(access.viewer(), ward, id, request);
    }

    @POST
    @Idempotent
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the huddle", description = "Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "The huddle, ended, with its duration")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not the ward's tablet or lead")
    @APIResponse(responseCode = "404", description = "Unknown ward or huddle")
    @APIResponse(responseCode = "409", description = "Already ended, or stale version; the problem carries the huddle")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public HuddleView end(@PathParam("ward") String ward, @PathParam("id") String id, VersionRequest request) {
        return huddles.end(access.viewer(), ward, id, request);
    }
}
