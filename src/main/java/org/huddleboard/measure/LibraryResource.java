package org.huddleboard.measure;

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
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.retry.Idempotent;

@Path("/api/measures")
@Tag(name = "Measure library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    /** Retiring needs only the version loaded. */
    public record RetireRequest(Integer version) {
    }

    @Inject
    LibraryService library;
    @Inject
    Access access;

    @GET
    @Operation(summary = "The trust's measure library, retired measures last")
    @APIResponse(responseCode = "200", description = "Every library measure")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A paired device")
    public List<LibraryView> list() {
        staff();
        return library.list();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One library measure")
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A paired device")
    @APIResponse(responseCode = "404", description = "No such measure")
    public LibraryView get(@PathParam("key") String key) {
        staff();
        return library.get(key);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a measure to the library (admins)")
    @APIResponse(responseCode = "201", description = "The measure")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The key is taken")
    public Response create(LibraryRequest request) {
        LibraryView created = library.create(access.viewer(), Params.body(request));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{key}")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a library measure (admins)",
            description = "Send every field and the version you loaded. Every ward showing it changes at once.")
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such measure")
    @APIResponse(responseCode = "409", description = "Changed since loaded (carries the current measure)")
    public LibraryView update(@PathParam("key") String key, LibraryRequest request) {
        return library.update(access.viewer(), key, Params.body(request));
    }

    @POST
    @Path("/{key}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which wards a change would affect, before it is saved (admins)")
    @APIResponse(responseCode = "200", description = "Each ward showing the measure and what would change for it")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such measure")
    public LibraryPreview preview(@PathParam("key") String key, LibraryRequest request) {
        return library.preview(access.viewer(), key, Params.body(request));
    }

    @POST
    @Path("/{key}/retire")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a library measure (admins)",
            description = "Off every board at once; its history stays and its key is never reused.")
    @APIResponse(responseCode = "200", description = "The retired measure")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such measure")
    @APIResponse(responseCode = "409", description = "Changed since loaded, or already retired")
    public LibraryView retire(@PathParam("key") String key, RetireRequest request) {
        return library.retire(access.viewer(), key, Params.body(request).version());
    }

    private Viewer staff() {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden("The measure library is for staff");
        }
        return viewer;
    }
}
