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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.privacy.PersonalDataService;

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
    @Inject
    PersonalDataService personalData;

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

    @GET
    @Path("/{username}/data")
    @Operation(summary = "Everything held about a person, for a subject access request: their record (no password"
            + " hash), sessions, and every row that names them or points at them. also: other names they typed"
            + " on ward tablets, such as initials")
    public PersonalDataService.Export data(@PathParam("username") String username,
            @QueryParam("also") List<String> also) {
        return personalData.export(access.viewer(), username, also);
    }

    @POST
    @Path("/{username}/erase")
    @Operation(summary = "Erase the name, username, e-mail and password of someone who has left (no access): every"
            + " record they appear in stays, under 'Former staff member <n>'. also: other names they typed on ward"
            + " tablets, rewritten too. Asking again answers the same")
    public PersonalDataService.Erased erase(@PathParam("username") String username,
            @QueryParam("also") List<String> also) {
        return personalData.erase(access.viewer(), username, also);
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's role, scope, name, password or whether they may sign in")
    public PersonView update(@PathParam("username") String username, PersonRequest request) {
        return people.update(access.viewer(), username, request);
    }
}
