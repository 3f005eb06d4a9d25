package org.huddleboard.access;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import io.smallrye.common.annotation.Blocking;

/** Paired screens and tablets, for the leads of their wards and for admins. */
@Path("/api/devices")
@Tag(name = "Devices")
@RolesAllowed({ Role.LEAD_ROLE, Role.ADMIN_ROLE })
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    PairingService pairing;
    @Inject
    Access access;

    public record PairRequest(String code, String ward, String role, String name) {
    }

    public record RenameRequest(String name) {
    }

    @GET
    @Operation(summary = "Devices of the wards the caller manages: ward, role, name, last seen")
    public List<DeviceView> list() {
        return pairing.list(access.viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pair the device showing a pairing code to a ward, as 'display' or 'ward'")
    public Response pair(PairRequest request) {
        if (request == null) {
            throw org.huddleboard.common.ApiProblem.invalid("body", "is required");
        }
        DeviceView device = pairing.pair(access.viewer(), request.code(), request.ward(), request.role(),
                request.name());
        return Response.status(201).entity(device).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a device")
    public DeviceView rename(@PathParam("id") long id, RenameRequest request) {
        return pairing.rename(access.viewer(), id, request == null ? null : request.name());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a device: it stops working at once and goes back to /pair")
    public Response revoke(@PathParam("id") long id) {
        pairing.revoke(access.viewer(), id);
        return Response.noContent().build();
    }
}
