package org.huddleboard.escalation;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
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

/** The admin's page for the escalation response-time targets, offered in words rather than ISO durations. */
@Path("/setup/response-targets")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ResponseTargetsPage {

    /** The choices offered, as stored; a stored value not among them (set through the API) is offered too. */
    private static final List<String> CHOICES = List.of("none", "PT30M", "PT1H", "PT2H", "PT4H", "PT8H", "PT12H",
            "PT24H", "next-huddle", "PT48H", "PT72H", "PT168H");

    public record Choice(String value, String words, boolean selected) {
    }

    public record Field(String name, String label, String id, List<Choice> choices) {
    }

    public record Form(ResponseTargetView targets, List<Field> fields) {
    }

    @Inject
    ResponseTargetService service;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(List<Form> forms, String message, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("saved") String saved) {
        String message = service.list().stream().filter(t -> t.severity().equals(saved)).findFirst()
                .map(t -> "Saved the " + t.label().toLowerCase(java.util.Locale.ROOT) + " targets.").orElse(null);
        return render(message, null);
    }

    @POST
    @Path("/{severity}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("severity") String severity, @FormParam("acknowledge") String acknowledge,
            @FormParam("answer") String answer, @FormParam("resolve") String resolve,
            @FormParam("version") String version) {
        try {
            ResponseTargetView saved = service.update(access.viewer(), severity,
                    new ResponseTargetRequest(acknowledge, answer, resolve, number(version)));
            return Response.seeOther(URI.create("/setup/response-targets?saved=" + saved.severity())).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(null, refused.reasons())).build();
        }
    }

    private TemplateInstance render(String message, String error) {
        List<Form> forms = service.list().stream().map(t -> new Form(t, List.of(
                field("acknowledge", "Acknowledged", t, t.acknowledge()),
                field("answer", "Answered", t, t.answer()),
                field("resolve", "Resolved", t, t.resolve())))).toList();
        return Templates.targets(forms, message, error);
    }

    private static Field field(String name, String label, ResponseTargetView t, String current) {
        List<String> values = new ArrayList<>(CHOICES);
        if (!values.contains(current)) {
            values.add(current);
        }
        return new Field(name, label, name + "-" + t.severity(),
                values.stream().map(v -> new Choice(v, words(v), v.equals(current))).toList());
    }

    private static String words(String value) {
        if (value.equals("none")) {
            return "no target";
        }
        if (value.equals("next-huddle")) {
            return "by the next day's huddle";
        }
        long minutes = Duration.parse(value).toMinutes();
        if (minutes % (24 * 60) == 0 && minutes >= 48 * 60) {
            long days = minutes / (24 * 60);
            return days == 7 ? "within a week" : "within " + days + " days";
        }
        if (minutes % 60 == 0) {
            return minutes == 60 ? "within 1 hour" : "within " + minutes / 60 + " hours";
        }
        return "within " + minutes + " minutes";
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("version", "must be a whole number");
        }
    }
}
