package org.huddleboard.measure;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

/**
 * The admin's page for the measure library. An edit is shown back with the wards it affects and
 * saved only once confirmed, so nobody moves twenty wards' targets by accident.
 */
@Path("/setup/measures")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LibraryPage {

    static final List<String> CATEGORIES = java.util.Arrays.stream(Category.values()).map(Enum::name).toList();
    static final List<String> KINDS = java.util.Arrays.stream(Kind.values()).map(Enum::name).toList();

    @Inject
    LibraryService library;
    @Inject
    Access access;

    /** The form's fields, as typed. */
    public static class Form {
        @FormParam("key")
        public String key;
        @FormParam("name")
        public String name;
        @FormParam("category")
        public String category;
        @FormParam("unit")
        public String unit;
        @FormParam("kind")
        public String kind;
        @FormParam("direction")
        public String direction;
        @FormParam("minValue")
        public String minValue;
        @FormParam("maxValue")
        public String maxValue;
        @FormParam("target")
        public String target;
        @FormParam("amberThreshold")
        public String amberThreshold;
        @FormParam("howToCount")
        public String howToCount;
        @FormParam("version")
        public String version;

        static Form of(LibraryView m) {
            Form f = new Form();
            f.key = m.key();
            f.name = m.name();
            f.category = m.category().name();
            f.unit = m.unit();
            f.kind = m.kind().name();
            f.direction = m.direction().name();
            f.minValue = EntryValues.plain(m.minValue());
            f.maxValue = EntryValues.plain(m.maxValue());
            f.target = EntryValues.plain(m.target());
            f.amberThreshold = EntryValues.plain(m.amberThreshold());
            f.howToCount = m.howToCount();
            f.version = Integer.toString(m.version());
            return f;
        }

        public record Field(String name, String value) {
        }

        /** The change as typed, carried through the confirm step. */
        public List<Field> hiddenFields() {
            return List.of(new Field("name", name), new Field("category", category), new Field("unit", unit),
                    new Field("kind", kind), new Field("direction", direction), new Field("minValue", minValue),
                    new Field("maxValue", maxValue), new Field("target", target),
                    new Field("amberThreshold", amberThreshold), new Field("howToCount", howToCount),
                    new Field("version", version)).stream().map(f -> new Field(f.name(), f.value() == null ? ""
                            : f.value())).toList();
        }

        LibraryRequest request() {
            return new LibraryRequest(key, name, category, unit, kind, direction, number("minValue", minValue),
                    number("maxValue", maxValue), number("target", target), number("amberThreshold", amberThreshold),
                    howToCount, version == null || version.isBlank() ? null : whole(version));
        }

        private static Double number(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid(field, "must be a number, not '" + text.strip() + "'");
            }
        }

        private static Integer whole(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid("version", "must be a whole number");
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(List<LibraryView> measures, Form form, List<String> categories,
                List<String> kinds, String message, String error);

        static native TemplateInstance edit(LibraryView measure, Form form, List<String> categories, List<String> kinds,
                LibraryPreview preview, String error);

        static native TemplateInstance retire(LibraryView measure, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("measure") String key) {
        String message = null;
        if (done != null && key != null && MeasureDefinition.findByKey(key).isPresent()) {
            String name = MeasureDefinition.findByKey(key).get().name;
            message = switch (done) {
                case "created" -> name + " is in the library. Wards add it on their measures page.";
                case "changed" -> name + " changed on every ward that shows it.";
                case "retired" -> name + " is retired: off every board, its history kept.";
                default -> null;
            };
        }
        return Templates.library(library.list(), new Form(), CATEGORIES, KINDS, message, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam Form form) {
        try {
            LibraryView created = library.create(access.viewer(), form.request());
            return done("created", created.key());
        } catch (ApiProblem refused) {
            return Response.status(refused.status())
                    .entity(Templates.library(library.list(), form, CATEGORIES, KINDS, null, refused.reasons())).build();
        }
    }

    @GET
    @Path("/{key}")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("key") String key) {
        LibraryView m = library.get(key);
        return Templates.edit(m, Form.of(m), CATEGORIES, KINDS, null, null);
    }

    /** The confirm step: the change as typed, and each ward it affects. */
    @POST
    @Path("/{key}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response preview(@PathParam("key") String key, @BeanParam Form form) {
        LibraryView m = library.get(key);
        try {
            LibraryPreview preview = library.preview(access.viewer(), key, form.request());
            return Response.ok(Templates.edit(m, form, CATEGORIES, KINDS, preview, null)).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.edit(m, form, CATEGORIES, KINDS, null, refused.reasons())).build();
        }
    }

    @POST
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("key") String key, @BeanParam Form form) {
        try {
            LibraryView saved = library.update(access.viewer(), key, form.request());
            return done("changed", saved.key());
        } catch (ApiProblem refused) {
            return Response.status(refused.status())
                    .entity(Templates.edit(library.get(key), form, CATEGORIES, KINDS, null, refused.reasons())).build();
        }
    }

    @GET
    @Path("/{key}/retire")
    @Operation(hidden = true)
    public TemplateInstance confirmRetire(@PathParam("key") String key) {
        return Templates.retire(library.get(key), null);
    }

    @POST
    @Path("/{key}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retire(@PathParam("key") String key, @FormParam("version") String version) {
        try {
            LibraryView retired = library.retire(access.viewer(), key,
                    version == null || !version.strip().matches("\\d{1,9}") ? null : Integer.valueOf(version.strip()));
            return done("retired", retired.key());
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.retire(library.get(key), refused.reasons()))
                    .build();
        }
    }

    private static Response done(String what, String key) {
        return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/setup/measures").queryParam("done", what)
                .queryParam("measure", key).build()).build();
    }
}
