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

/** The trust's clinical service units. Everyone signed in reads them; administrators change them. */
@Path("/api/csus")
@Tag(name = "Wards")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CsuResource {

    @Inject
    Access access;
    @Inject
    WardSetupService setup;

    @GET
    @Operation(summary = "Every CSU, live and retired, with its live wards' codes and its version")
    @APIResponse(responseCode = "200", description = "The CSUs by name")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A paired device")
    public List<CsuSetup> list() {
        person();
        return setup.csus();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One CSU")
    @APIResponse(responseCode = "200", description = "The CSU")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A paired device")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public CsuSetup get(@PathParam("code") String code) {
        person();
        return setup.csu(code);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a CSU (administrators)",
            description = "code: 2 to 40 lower-case letters, digits or dashes, never used before (retired CSUs"
                    + " included); name: at most 120 characters.")
    @APIResponse(responseCode = "201", description = "The new CSU; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Code taken")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response create(CsuRequest request) {
        CsuSetup created = setup.createCsu(person(), Params.body(request));
        return Response.created(URI.create("/api/csus/" + created.code())).entity(created).build();
    }

    @PUT
    @Idempotent
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a CSU (administrators)",
            description = "name, and version: the CSU's version you loaded. The code never changes.")
    @APIResponse(responseCode = "200", description = "The CSU")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    @APIResponse(responseCode = "409", description = "Changed since loaded, or retired")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public CsuSetup rename(@PathParam("code") String code, CsuRequest request) {
        return setup.renameCsu(person(), code, Params.body(request));
    }

    @POST
    @Idempotent
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a CSU (administrators)",
            description = "version: the CSU's version you loaded. Refused while it has live wards, which the"
                    + " refusal names. Its code is never reused.")
    @APIResponse(responseCode = "200", description = "The retired CSU")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    @APIResponse(responseCode = "409", description = "Live wards, changed since loaded, or already retired")
    public CsuSetup retire(@PathParam("code") String code, RetireRequest request) {
        return setup.retireCsu(person(), code, Params.body(request).version());
    }

    private Viewer person() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.DISPLAY || viewer.role() == Role.WARD) {
            throw ApiProblem.forbidden("A paired device does not read or change the trust's CSUs");
        }
        return viewer;
    }
}
