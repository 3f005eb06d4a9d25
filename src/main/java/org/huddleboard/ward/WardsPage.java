package org.huddleboard.ward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The trust's wards by CSU, a form to add one (administrators), and each ward's settings: an
 * administrator changes everything, the ward's leads its huddle time, huddle length and wall theme,
 * everyone else who may see the ward reads them.
 */
@Path("/setup/wards")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class WardsPage {

    @Inject
    WardSetupService setup;
    @Inject
    Access access;
    @ConfigProperty(name = "huddle.escalations.huddle-time")
    String trustHuddleTime;

    public record Option(String code, String name, boolean selected) {
    }

    public record CsuWards(String code, String name, List<WardSetup> wards) {
    }

    /** A ward form's values: what is stored, or what was sent when it was refused. */
    public record Form(String code, String name, String csu, String huddleTime, String huddleMinutes, String theme,
            String version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wards(Viewer viewer, boolean admin, List<CsuWards> csus, List<WardSetup> retired,
                List<Option> csuChoices, List<Option> themes, Form draft, String trustHuddleTime, String message,
                String error);

        static native TemplateInstance ward(WardSetup ward, String may, Form form, List<Option> csuChoices,
                List<Option> themes, String trustHuddleTime, String message, String error);

        static native TemplateInstance retire(WardSetup ward, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("ward") String ward) {
        Viewer viewer = person();
        return render(viewer, new Form("", "", "", "", "10", "DARK", null), message(viewer, done, ward), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("csu") String csu, @FormParam("huddleTime") String huddleTime,
            @FormParam("huddleMinutes") String huddleMinutes, @FormParam("theme") String theme) {
        Viewer viewer = person();
        Form draft = new Form(code, name, csu, huddleTime, huddleMinutes, theme, null);
        try {
            WardSetup created = setup.createWard(viewer, new WardRequest(code, name, csu, huddleTime,
                    minutes(huddleMinutes), theme, null));
            return done("/setup/wards/" + created.code(), "created", null);
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(viewer, draft, null, refused.reasons())).build();
        }
    }

    @GET
    @Path("/{code}")
    @Operation(hidden = true)
    public TemplateInstance ward(@PathParam("code") String code, @QueryParam("done") String done) {
        Viewer viewer = person();
        WardSetup ward = setup.ward(viewer, code);
        return renderWard(viewer, ward, formOf(ward), "saved".equals(done) ? "Saved the settings of " + ward.name()
                + "." : "created".equals(done) ? "Created " + ward.name() + "." : null, null);
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("code") String code, @FormParam("name") String name,
            @FormParam("csu") String csu, @FormParam("huddleTime") String huddleTime,
            @FormParam("huddleMinutes") String huddleMinutes, @FormParam("theme") String theme,
            @FormParam("version") String version) {
        Viewer viewer = person();
        return act(viewer, code, new Form(code, name, csu, huddleTime, huddleMinutes, theme, version),
                () -> setup.updateWard(viewer, code, new WardRequest(null, name, csu, huddleTime, minutes(huddleMinutes),
                        theme, CsusPage.number(version))));
    }

    @GET
    @Path("/{code}/retire")
    @Operation(hidden = true)
    public TemplateInstance confirmRetire(@PathParam("code") String code) {
        return Templates.retire(setup.ward(admin(), code), null);
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retire(@PathParam("code") String code, @FormParam("version") String version) {
        Viewer viewer = admin();
        try {
            WardSetup retired = setup.retireWard(viewer, code, CsusPage.number(version));
            return done("/setup/wards", "retired", retired.code());
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.retire(setup.ward(viewer, code),
                    refused.reasons())).build();
        }
    }

    private Response act(Viewer viewer, String code, Form sent, Supplier<WardSetup> action) {
        try {
            WardSetup saved = action.get();
            return done("/setup/wards/" + saved.code(), "saved", null);
        } catch (ApiProblem refused) {
            WardSetup ward = setup.ward(viewer, code);
            return Response.status(refused.status()).entity(renderWard(viewer, ward, sent, null, refused.reasons()))
                    .build();
        }
    }

    private static Response done(String path, String done, String ward) {
        UriBuilder to = UriBuilder.fromPath(path).queryParam("done", done);
        if (ward != null) {
            to.queryParam("ward", ward);
        }
        return Response.seeOther(to.build()).build();
    }

    private TemplateInstance render(Viewer viewer, Form draft, String message, String error) {
        List<WardSetup> wards = setup.wards(viewer);
        Map<String, CsuWards> byCsu = new LinkedHashMap<>();
        List<CsuSetup> csus = setup.csus();
        boolean admin = viewer.role() == Role.ADMIN;
        for (CsuSetup c : csus) {
            if (!c.retired() && admin) {
                byCsu.put(c.code(), new CsuWards(c.code(), c.name(), new ArrayList<>()));
            }
        }
        for (WardSetup w : wards) {
            if (!w.retired()) {
                byCsu.computeIfAbsent(w.csu(), k -> new CsuWards(w.csu(), w.csuName(), new ArrayList<>())).wards()
                        .add(w);
            }
        }
        return Templates.wards(viewer, admin, List.copyOf(byCsu.values()),
                wards.stream().filter(WardSetup::retired).toList(), csuChoices(csus, draft.csu()),
                themes(draft.theme()), draft, trustHuddleTime, message, error);
    }

    private TemplateInstance renderWard(Viewer viewer, WardSetup ward, Form form, String message, String error) {
        return Templates.ward(ward, WardSetupService.mayChange(viewer, ward), form, csuChoices(setup.csus(), form.csu()),
                themes(form.theme()), trustHuddleTime, message, error);
    }

    private static List<Option> csuChoices(List<CsuSetup> csus, String chosen) {
        return csus.stream().filter(c -> !c.retired() || c.code().equals(chosen))
                .map(c -> new Option(c.code(), c.name(), c.code().equals(chosen))).toList();
    }

    private static List<Option> themes(String chosen) {
        return List.of(new Option("DARK", "Dark (light text on a dark background)", !"LIGHT".equals(chosen)),
                new Option("LIGHT", "Light (dark text on a light background)", "LIGHT".equals(chosen)));
    }

    private static Form formOf(WardSetup w) {
        return new Form(w.code(), w.name(), w.csu(), w.huddleTime() == null ? "" : w.huddleTime(),
                String.valueOf(w.huddleMinutes()), w.theme(), String.valueOf(w.version()));
    }

    private String message(Viewer viewer, String done, String code) {
        if (!"retired".equals(done) || code == null) {
            return null;
        }
        return setup.wards(viewer).stream().filter(w -> w.code().equals(code)).findFirst()
                .map(w -> "Retired " + w.name() + ".").orElse(null);
    }

    private static Integer minutes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("huddleMinutes", "must be a whole number from " + WardSetupService.MIN_MINUTES
                    + " to " + WardSetupService.MAX_MINUTES);
        }
    }

    private Viewer person() {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden("A paired device does not set up wards");
        }
        return viewer;
    }

    private Viewer admin() {
        Viewer viewer = person();
        if (viewer.role() != Role.ADMIN) {
            throw ApiProblem.forbidden("Only administrators retire wards");
        }
        return viewer;
    }
}
