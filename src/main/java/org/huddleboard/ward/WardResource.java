package org.huddleboard.ward;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.retry.Idempotent;

import io.smallrye.common.annotation.Blocking;

@Path("/api/wards")
@Tag(name = "Wards")
@Blocking
public class WardResource {

    @Inject
    Access access;
    @Inject
    WardSetupService setup;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The live wards the caller may see, with their code, name and clinical service unit")
    public List<WardView> list() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.DISPLAY) {
            throw ApiProblem.forbidden("A wall screen reads its own ward's board only");
        }
        return Ward.listLiveWithCsu().stream().filter(viewer::canRead).map(WardView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A ward's settings (name, CSU, huddle time and length, wall theme) and their version")
    @APIResponse(responseCode = "200", description = "The settings; retired true once the ward is retired")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope, or a paired device")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public WardSetup get(@PathParam("code") String code) {
        return setup.ward(person(), code);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a ward (administrators)",
            description = "code: 2 to 40 lower-case letters, digits or dashes, never used before (retired wards"
                    + " included); name; csu: a live CSU's code; huddleTime \"HH:MM\" or null for the trust's;"
                    + " huddleMinutes 5 to 30 (10 if left out); theme DARK (the default) or LIGHT.")
    @APIResponse(responseCode = "201", description = "The new ward's settings; Location is their address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Code taken")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response create(WardRequest request) {
        WardSetup created = setup.createWard(person(), Params.body(request));
        return Response.created(URI.create("/api/wards/" + created.code())).entity(created).build();
    }

    @PUT
    @Idempotent
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a ward's settings",
            description = "version: the settingsVersion you loaded. huddleTime \"HH:MM\" or null for the trust's;"
                    + " an absent name, csu, huddleMinutes or theme keeps what is stored. The code never changes."
                    + " The ward's leads change only huddleTime, huddleMinutes and theme; administrators"
                    + " everything. Open screens change at once.")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an administrator, or a lead"
            + " changing its name or CSU")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "409", description = "Changed since loaded, or the ward was retired")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public WardSetup update(@PathParam("code") String code, WardRequest request) {
        return setup.updateWard(person(), code, Params.body(request));
    }

    @POST
    @Idempotent
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a ward (administrators)",
            description = "version: the settingsVersion you loaded. The ward leaves every screen and list; its"
                    + " history stays and its code is never reused.")
    @APIResponse(responseCode = "200", description = "The retired ward's settings")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "409", description = "Changed since loaded, or already retired")
    public WardSetup retire(@PathParam("code") String code, RetireRequest request) {
        return setup.retireWard(person(), code, Params.body(request).version());
    }

    private Viewer person() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.DISPLAY || viewer.role() == Role.WARD) {
            throw ApiProblem.forbidden("A paired device does not change a ward's setup");
        }
        return viewer;
    }
}
