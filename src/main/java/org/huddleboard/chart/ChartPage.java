package org.huddleboard.chart;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.huddleboard.board.ValueFormat;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.MeasureDefinition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A ward measure's chart for staff and the ward's tablet: the two icons in words, the SVG chart, the process changes
 * and ideas on it, the points as a table, and for the ward's leads a form to record a change.
 * Works without JavaScript.
 */
@Path("/wards/{ward}/measures/{measure}/chart")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ChartPage {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Inject
    ChartService charts;
    @Inject
    RebaseService rebases;
    @Inject
    Access access;
    @Inject
    TrustClock clock;

    /** Figures as the page prints them: a value in the measure's own format, or a dash. */
    public record Figures(String since, String mean, String lower, String upper, String target, int points,
            String better) {
    }

    /** A point as the table prints it; {@code cause} empty for common cause. */
    public record Row(String day, String value, int segment, String cause, String variation) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chart(ChartView chart, ChartDrawing drawing, Figures figures, List<Row> rows,
                boolean canLead, String today, String message, String error);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("ward") String ward, @PathParam("measure") String measure,
            @QueryParam("done") String done) {
        String message = "recorded".equals(done) ? "Recorded: the chart computes new limits from that day."
                : "removed".equals(done) ? "Removed: the limits join up again." : null;
        return render(ward, measure, message, null);
    }

    @POST
    @Path("/rebases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response record(@PathParam("ward") String ward, @PathParam("measure") String measure,
            MultivaluedMap<String, String> form) {
        try {
            rebases.add(staff(), ward, measure, new RebaseRequest(form.getFirst("date"), form.getFirst("reason")));
            return Response.seeOther(URI.create(address(ward, measure) + "?done=recorded")).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(ward, measure, null, refused.reasons())).build();
        }
    }

    @POST
    @Path("/rebases/{date}/remove")
    @Operation(hidden = true)
    public Response remove(@PathParam("ward") String ward, @PathParam("measure") String measure,
            @PathParam("date") String date) {
        try {
            rebases.remove(staff(), ward, measure, date);
            return Response.seeOther(URI.create(address(ward, measure) + "?done=removed")).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(ward, measure, null, refused.reasons())).build();
        }
    }

    static String address(String ward, String measure) {
        return "/wards/" + ward + "/measures/" + measure + "/chart";
    }

    /** Staff, and the ward's tablet at the huddle; a wall screen has its board. */
    private Viewer staff() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.DISPLAY) {
            throw ApiProblem.forbidden("A wall screen shows its board; charts open on a tablet or a computer");
        }
        return viewer;
    }

    private TemplateInstance render(String ward, String measure, String message, String error) {
        Viewer viewer = staff();
        ChartView chart = charts.chart(viewer, ward, measure);
        MeasureDefinition m = MeasureDefinition.findByKey(measure).orElseThrow();
        ChartDrawing drawing = ChartDrawing.of(chart, m.minValue, m.maxValue);
        ChartView.SegmentView latest = chart.segments().isEmpty() ? null
                : chart.segments().get(chart.segments().size() - 1);
        Figures figures = new Figures(latest == null ? "–" : DAY.format(latest.start()),
                text(chart, latest == null ? null : latest.mean()),
                text(chart, latest == null ? null : latest.lower()), text(chart, latest == null ? null : latest.upper()),
                text(chart, chart.target()), latest == null ? 0 : latest.points(),
                chart.direction() == org.huddleboard.measure.Direction.HIGHER_IS_BETTER ? "higher is better"
                        : "lower is better");
        boolean canLead = viewer.role() == Role.ADMIN
                || viewer.role() == Role.LEAD && viewer.wards().contains(chart.ward());
        List<Row> rows = chart.points().stream().map(p -> new Row(DAY.format(p.date()),
                ValueFormat.format(chart.kind(), p.value()), p.segment() + 1,
                p.rule() == null ? "" : p.rule().word(), p.variation().word())).toList();
        return Templates.chart(chart, drawing, figures, rows, canLead, clock.today().toString(), message, error);
    }

    private static String text(ChartView chart, Double value) {
        if (value == null) {
            return "–";
        }
        // Means and limits are rarely whole: one decimal more than the measure's own values.
        return chart.kind() == org.huddleboard.measure.Kind.PERCENTAGE
                ? String.format(Locale.UK, "%.1f%%", value)
                : String.format(Locale.UK, "%.2f", value);
    }
}
