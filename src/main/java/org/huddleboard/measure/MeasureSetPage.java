package org.huddleboard.measure;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A ward's measure set on one plain form: order numbers instead of dragging (gloved fingers, no
 * script), the ward's own target beside the library's, and a tick to keep each on the board.
 */
@Path("/setup/wards/{ward}/measures")
@RolesAllowed({ Role.ADMIN_ROLE, Role.LEAD_ROLE })
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MeasureSetPage {

    @Inject
    MeasureSetService measureSet;
    @Inject
    Access access;

    public record Choice(String key, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance measures(String wardName, MeasureSetView set, List<Choice> library,
                List<Choice> commitments, String message, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("ward") String ward, @QueryParam("done") String done) {
        return render(ward, "saved".equals(done) ? "Saved: the ward's board shows these measures now." : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("ward") String ward, MultivaluedMap<String, String> form) {
        Viewer viewer = access.viewer();
        MeasureSetView stored = measureSet.get(viewer, ward);
        MeasureSetRequest sent = null;
        try {
            sent = request(form);
            measureSet.put(viewer, ward, sent);
            return Response.seeOther(URI.create("/setup/wards/" + stored.ward() + "/measures?done=saved")).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(ward, null, readable(refused, sent))).build();
        }
    }

    /** The kept rows by their order numbers (ties keep the page's order), then the one added. */
    private static MeasureSetRequest request(MultivaluedMap<String, String> form) {
        record Row(int index, double order, MeasureSetRequest.Item item) {
        }
        List<Row> rows = new ArrayList<>();
        int count = whole(form.getFirst("count"), "count");
        for (int i = 0; i < count && i < MeasureSetService.MOST; i++) {
            if (form.getFirst("keep" + i) == null) {
                continue;
            }
            String key = form.getFirst("m" + i);
            double order = number(form.getFirst("order" + i), key, "order");
            rows.add(new Row(i, order, new MeasureSetRequest.Item(key, optional(form.getFirst("target" + i), key,
                    "target"), optional(form.getFirst("amber" + i), key, "amber threshold"),
                    form.getFirst("cross" + i) != null, form.getFirst("commitment" + i))));
        }
        rows.sort(Comparator.comparingDouble(Row::order).thenComparingInt(Row::index));
        List<MeasureSetRequest.Item> items = new ArrayList<>(rows.stream().map(Row::item).toList());
        String add = form.getFirst("add");
        if (add != null && !add.isBlank()) {
            items.add(new MeasureSetRequest.Item(add, null, null, false));
        }
        return new MeasureSetRequest(whole(form.getFirst("version"), "version"), items);
    }

    private static int whole(String text, String field) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "must be a whole number");
        }
    }

    private static double number(String text, String key, String what) {
        Double n = optional(text, key, what);
        return n == null ? Double.MAX_VALUE : n;
    }

    private static Double optional(String text, String key, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(what, "of " + key + " must be a number, not '" + text.strip() + "'");
        }
    }

    /** "measures[2].target" means little on a page: name the measure instead. */
    private static String readable(ApiProblem refused, MeasureSetRequest sent) {
        String text = refused.reasons();
        if (sent == null) {
            return text;
        }
        for (int i = sent.measures().size() - 1; i >= 0; i--) {
            text = text.replace("measures[" + i + "].", sent.measures().get(i).measure() + ": ");
        }
        return text;
    }

    private TemplateInstance render(String ward, String message, String error) {
        Viewer viewer = access.viewer();
        Ward w = Access.readable(viewer, ward, "You may not see ward " + ward);
        Access.requireLead(viewer, w, "Only the ward's leads and admins choose the measures on its board");
        MeasureSetView set = measureSet.get(viewer, ward);
        Set<String> on = set.measures().stream().map(MeasureSetView.Item::measure).collect(Collectors.toSet());
        List<Choice> library = MeasureDefinition.<MeasureDefinition>list("retiredAt is null order by category, name")
                .stream().filter(m -> !on.contains(m.key))
                .map(m -> new Choice(m.key, m.category.name().charAt(0) + m.category.name().substring(1).toLowerCase()
                        + ": " + m.name + " (" + m.unit + ")"))
                .toList();
        List<Choice> commitments = org.huddleboard.commitment.Commitment.listCurrent().stream()
                .map(c -> new Choice(c.code, c.title)).toList();
        return Templates.measures(w.name, set, library, commitments, message, error);
    }
}
