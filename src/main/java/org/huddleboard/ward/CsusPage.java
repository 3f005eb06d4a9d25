package org.huddleboard.ward;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.common.ApiProblem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The administrator's page for the trust's CSUs: create, rename, retire (with a confirm step). */
@Path("/setup/csus")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CsusPage {

    @Inject
    WardSetupService setup;
    @Inject
    Access access;

    /** What the create form held when it was refused, shown again. */
    public record Draft(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance csus(List<CsuSetup> live, List<CsuSetup> retired, Draft draft, String message,
                String error);

        static native TemplateInstance retire(CsuSetup csu, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("csu") String csu) {
        return render(new Draft("", ""), message(done, csu), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("name") String name) {
        Draft draft = new Draft(code, name);
        return act(() -> setup.createCsu(access.viewer(), new CsuRequest(code, name, null)), "created", draft);
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rename(@PathParam("code") String code, @FormParam("name") String name,
            @FormParam("version") String version) {
        return act(() -> setup.renameCsu(access.viewer(), code, new CsuRequest(null, name, number(version))), "renamed",
                new Draft("", ""));
    }

    @GET
    @Path("/{code}/retire")
    @Operation(hidden = true)
    public TemplateInstance confirmRetire(@PathParam("code") String code) {
        return Templates.retire(setup.csu(code), null);
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retire(@PathParam("code") String code, @FormParam("version") String version) {
        try {
            CsuSetup retired = setup.retireCsu(access.viewer(), code, number(version));
            return done("retired", retired.code());
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.retire(setup.csu(code), refused.reasons()))
                    .build();
        }
    }

    private Response act(Supplier<CsuSetup> action, String done, Draft draft) {
        try {
            return done(done, action.get().code());
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(draft, null, refused.reasons())).build();
        }
    }

    private static Response done(String done, String code) {
        return Response.seeOther(UriBuilder.fromPath("/setup/csus").queryParam("done", done).queryParam("csu", code)
                .build()).build();
    }

    private TemplateInstance render(Draft draft, String message, String error) {
        List<CsuSetup> all = setup.csus();
        return Templates.csus(all.stream().filter(c -> !c.retired()).toList(),
                all.stream().filter(CsuSetup::retired).toList(), draft, message, error);
    }

    /** The page's own words for what was just done; nothing from the address is shown but a known CSU's name. */
    private String message(String done, String code) {
        if (done == null || code == null) {
            return null;
        }
        String name = setup.csus().stream().filter(c -> c.code().equals(code)).map(CsuSetup::name).findFirst()
                .orElse(null);
        if (name == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "Created " + name + ".";
            case "renamed" -> "Saved " + name + ".";
            case "retired" -> "Retired " + name + ".";
            default -> null;
        };
    }

    static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("version", "must be a whole number");
        }
    }
}
