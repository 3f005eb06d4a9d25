package org.huddleboard.measure;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

@Path("/api/wards/{ward}/measures")
@Tag(name = "Wards")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureSetResource {

    @Inject
    MeasureSetService measureSet;
    @Inject
    Access access;

    @GET
    @Operation(summary = "The measures on a ward's board, in the ward's order, with its own targets")
    @APIResponse(responseCode = "200", description = "The measure set and its version")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public MeasureSetView get(@PathParam("ward") String ward) {
        return measureSet.get(access.viewer(), ward);
    }

    @PUT
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the measures on a ward's board",
            description = "The whole set in the ward's order (the board groups them by category), each with the"
                    + " ward's own target and amber threshold (null: the library's) and whether it keeps a safety"
                    + " cross (harm counts only). A measure left out is taken off the board; its history stays and"
                    + " comes back with it. Send the version you loaded. Open screens change at once.")
    @APIResponse(responseCode = "200", description = "The measure set as saved")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an admin")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "409", description = "Changed since loaded (carries the current set) or the ward was retired")
    public MeasureSetView put(@PathParam("ward") String ward, MeasureSetRequest request) {
        return measureSet.put(access.viewer(), ward, request);
    }
}
