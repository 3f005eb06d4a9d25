package org.huddleboard.commitment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.common.ApiProblem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The admin's page for the trust's annual commitments: add, change, retire (after a confirm). */
@Path("/setup/commitments")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CommitmentsPage {

    @Inject
    CommitmentService commitments;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance commitments(List<CommitmentView> commitments, String message, String error);

        static native TemplateInstance retire(CommitmentView commitment, List<String> wards);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("saved") String saved) {
        String message = saved == null ? null
                : commitments.list().stream().filter(c -> c.code().equals(saved)).findFirst()
                        .map(c -> "Saved " + c.title() + ".").orElse("Saved.");
        return Templates.commitments(commitments.list(), message, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("title") String title,
            @FormParam("description") String description, @FormParam("periodLabel") String periodLabel,
            @FormParam("sortOrder") String sortOrder) {
        return act(() -> commitments.create(access.viewer(),
                new CommitmentRequest(code, title, description, periodLabel, number("sortOrder", sortOrder), null)));
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("code") String code, @FormParam("title") String title,
            @FormParam("description") String description, @FormParam("periodLabel") String periodLabel,
            @FormParam("sortOrder") String sortOrder, @FormParam("version") String version) {
        return act(() -> commitments.update(access.viewer(), code, new CommitmentRequest(null, title, description,
                periodLabel, number("sortOrder", sortOrder), number("version", version))));
    }

    /** The second step before retiring, so a slip of the finger cannot take a commitment off the lists. */
    @GET
    @Path("/{code}/retire")
    @Operation(hidden = true)
    public Response confirmRetire(@PathParam("code") String code) {
        return commitments.list().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> Response.ok(Templates.retire(c, commitments.servingWards(code))).build())
                .orElseGet(() -> Response.seeOther(URI.create("/setup/commitments")).build());
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retire(@PathParam("code") String code, @FormParam("version") String version) {
        try {
            commitments.retire(access.viewer(), code, number("version", version));
            return Response.seeOther(URI.create("/setup/commitments")).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status())
                    .entity(Templates.commitments(commitments.list(), null, refused.reasons())).build();
        }
    }

    private Response act(Supplier<CommitmentView> action) {
        try {
            CommitmentView saved = action.get();
            return Response.seeOther(URI.create("/setup/commitments?saved="
                    + URLEncoder.encode(saved.code(), StandardCharsets.UTF_8))).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status())
                    .entity(Templates.commitments(commitments.list(), null, refused.reasons())).build();
        }
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "must be a whole number");
        }
    }
}
