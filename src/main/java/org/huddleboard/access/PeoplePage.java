package org.huddleboard.access;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.privacy.PersonalDataService;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The admin's page for people: create them, and change role, wards or CSUs, e-mail address,
 * password and access; download what is held about someone, and erase the name of someone who has left.
 */
@Path("/people")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {

    @Inject
    PeopleService people;
    @Inject
    Access access;
    @Inject
    PersonalDataService personalData;

    public record Option(String code, String name, boolean selected) {
    }

    /** A CSU's checkbox with its wards' checkboxes under it, in place of two cramped multi-selects. */
    public record Group(Option csu, List<Option> wards) {
    }

    public record Row(PersonView person, List<Option> roles, List<Group> scope, String scopeSummary) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(List<Row> rows, List<Option> roles, List<Group> scope, String message,
                String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return render(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("role") String role,
            @FormParam("wards") List<String> wards, @FormParam("csus") List<String> csus,
            @FormParam("email") String email) {
        return act(() -> people.create(access.viewer(),
                new PersonRequest(username, displayName, password, role, wards, csus, null, email)), "Created ");
    }

    @POST
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("username") String username, @FormParam("role") String role,
            @FormParam("wards") List<String> wards, @FormParam("csus") List<String> csus,
            @FormParam("password") String password, @FormParam("active") String active,
            @FormParam("email") String email) {
        // The row shows the current address, so an emptied field removes it.
        return act(() -> people.update(access.viewer(), username, new PersonRequest(null, null,
                password == null || password.isEmpty() ? null : password, role, wards, csus,
                active == null ? null : "yes".equals(active), email)), "Saved ");
    }

    @POST
    @Path("/{username}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response erase(@PathParam("username") String username, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            return Response.status(400).entity(render(null, "Tick the box to confirm the erasure of " + username
                    + ".")).build();
        }
        try {
            PersonalDataService.Erased erased = personalData.erase(access.viewer(), username, List.of());
            return Response.ok(render("Erased " + username + ": now " + erased.displayName() + ".", null)).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(null, refused.reasons())).build();
        }
    }

    private Response act(java.util.function.Supplier<PersonView> action, String done) {
        try {
            PersonView person = action.get();
            return Response.ok(render(done + person.username() + ".", null)).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(null, refused.reasons())).build();
        }
    }

    private TemplateInstance render(String message, String error) {
        List<Ward> wards = Ward.listWithCsu();
        List<Csu> csus = Csu.listByName();
        List<String> roles = Arrays.stream(Role.values()).filter(r -> !r.isDevice()).map(Role::roleName).toList();
        List<Row> rows = people.list().stream().map(p -> new Row(p,
                roles.stream().map(r -> new Option(r, r, r.equals(p.role()))).toList(),
                scope(csus, wards, p.csus(), p.wards()), summary(csus, wards, p.csus(), p.wards()))).toList();
        return Templates.people(rows, roles.stream().map(r -> new Option(r, r, r.equals("lead"))).toList(),
                scope(csus, wards, List.of(), List.of()), message, error);
    }

    private static List<Group> scope(List<Csu> csus, List<Ward> wards, Collection<String> chosenCsus,
            Collection<String> chosenWards) {
        return csus.stream().map(c -> new Group(new Option(c.code, c.name, chosenCsus.contains(c.code)),
                wards.stream().filter(w -> w.csu.code.equals(c.code))
                        .map(w -> new Option(w.code, w.name, chosenWards.contains(w.code))).toList()))
                .toList();
    }

    /** What the closed scope list says: the CSUs and wards ticked, by name. */
    private static String summary(List<Csu> csus, List<Ward> wards, Collection<String> chosenCsus,
            Collection<String> chosenWards) {
        List<String> names = new ArrayList<>();
        csus.stream().filter(c -> chosenCsus.contains(c.code)).forEach(c -> names.add(c.name + " (CSU)"));
        wards.stream().filter(w -> chosenWards.contains(w.code)).forEach(w -> names.add(w.name));
        return names.isEmpty() ? "no wards or CSUs" : String.join(", ", names);
    }
}
