package org.huddleboard.measure;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/wards/{ward}/measures/{measure}/entries/{date}")
@Tag(name = "Measures")
public class EntryResource {

    @Inject
    EntryService entries;
    @Inject
    Access access;

    @PUT
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or correct a day's value",
            description = "The date is an ISO date or 'today' (trust time). To correct an existing value, send the "
                    + "version you loaded; a stale version is refused with the current entry.")
    @APIResponse(responseCode = "201", description = "First value for that day")
    @APIResponse(responseCode = "200", description = "Value corrected")
    @APIResponse(responseCode = "400", description = "Invalid value, note, date or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "422", description = "Note or name looks like patient-identifiable data (an NHS number)")
    @APIResponse(responseCode = "404", description = "Unknown ward, or measure not on that ward's board")
    @APIResponse(responseCode = "409", description = "Stale version; the problem carries the current entry")
    public Response put(@PathParam("ward") String ward, @PathParam("measure") String measure,
            @PathParam("date") String date, EntryRequest request) {
        EntryService.Saved saved = entries.record(access.viewer(), ward, measure, date, request);
        return Response.status(saved.created() ? 201 : 200)
                .header("X-Board-Version", saved.boardVersion())
                .entity(saved.entry()).build();
    }
}
