package org.huddleboard.access;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Admins create people and give them a role and their wards (leads) or CSUs (managers). */
@Path("/api/people")
@Tag(name = "People")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    PeopleService people;
    @Inject
    Access access;

    @GET
    @Operation(summary = "Everyone who can sign in, with role and scope")
    public List<PersonView> list() {
        return people.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a person (lead, manager, executive or admin)")
    public Response create(PersonRequest request) {
        return Response.status(201).entity(people.create(access.viewer(), request)).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's role, scope, name, password or whether they may sign in")
    public PersonView update(@PathParam("username") String username, PersonRequest request) {
        return people.update(access.viewer(), username, request);
    }
}
