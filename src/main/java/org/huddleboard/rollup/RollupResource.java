package org.huddleboard.rollup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.common.Csv;

/** The roll-up as JSON, and each of its tables as CSV, for the caller's scope or one CSU within it. */
@Path("/api/rollup")
@Tag(name = "Roll-up")
public class RollupResource {

    @Inject
    RollupService rollups;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Measures and improvement work rolled up over the caller's wards, or one CSU",
            description = "The heatmap of wards × measures grouped by commitment (latest status, whether entered today,"
                    + " Making Data Count variation and assurance), per commitment the wards improving or of concern,"
                    + " and idea flow, huddle compliance and escalation themes over the last 30 days.")
    @APIResponse(responseCode = "200", description = "The roll-up")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device, or a CSU outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public Rollup rollup(@QueryParam("csu") String csu) {
        return rollups.rollup(access.viewer(), csu);
    }

    @GET
    @Path("/heatmap.csv")
    @Produces("text/csv")
    @Operation(summary = "The heatmap as CSV: one row per ward measure")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device, or a CSU outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public Response heatmap(@QueryParam("csu") String csu) {
        Rollup r = rollups.rollup(access.viewer(), csu);
        StringBuilder out = new StringBuilder("ward,ward_name,csu,commitment,measure,latest_date,latest_value,status,"
                + "entered_today,variation,assurance\r\n");
        java.util.List<Rollup.Column> columns = r.groups().stream().flatMap(g -> g.columns().stream()).toList();
        for (Rollup.WardRow w : r.wards()) {
            for (int i = 0; i < columns.size(); i++) {
                Rollup.Cell c = w.cells().get(i);
                if (c.onBoard()) {
                    Csv.row(out, w.ward(), w.name(), w.csu(), columns.get(i).commitment(), c.measure(), c.latest(),
                            c.value(), c.status().word, c.enteredToday() ? "yes" : "no", c.variation().word(),
                            c.assurance().word());
                }
            }
        }
        return csv(out, r, "heatmap");
    }

    @GET
    @Path("/commitments.csv")
    @Produces("text/csv")
    @Operation(summary = "Per commitment, as CSV: ward measures serving it and the wards improving, of concern or unchanged")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device, or a CSU outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public Response commitments(@QueryParam("csu") String csu) {
        Rollup r = rollups.rollup(access.viewer(), csu);
        StringBuilder out = new StringBuilder("commitment,title,ward_measures,wards,wards_improving,wards_of_concern,"
                + "wards_no_change,wards_too_few_points_or_rare\r\n");
        for (Rollup.CommitmentCount c : r.commitments()) {
            Csv.row(out, c.commitment(), c.title(), c.wardMeasures(), c.wards(), c.wardsImproving(), c.wardsConcern(),
                    c.wardsNoChange(), c.tooFewOrRare());
        }
        return csv(out, r, "commitments");
    }

    @GET
    @Path("/wards.csv")
    @Produces("text/csv")
    @Operation(summary = "Per ward, as CSV: today's missing values, idea flow, huddle compliance and escalations (30 days)")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device, or a CSU outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public Response wards(@QueryParam("csu") String csu) {
        Rollup r = rollups.rollup(access.viewer(), csu);
        StringBuilder out = new StringBuilder("ward,ward_name,csu,measures,not_entered_today,ideas_raised,"
                + "ideas_implemented,ideas_adopted,huddle_days_held,huddle_days,huddle_share_percent,escalations_raised\r\n");
        for (Rollup.WardRow w : r.wards()) {
            Rollup.Flow f = w.flow();
            Csv.row(out, w.ward(), w.name(), w.csu(), w.measures(), w.notEnteredToday(), f.raised(), f.implemented(),
                    f.adopted(), f.daysHeld(), f.days(), f.huddleSharePercent(), f.escalations());
        }
        return csv(out, r, "wards");
    }

    @GET
    @Path("/themes.csv")
    @Produces("text/csv")
    @Operation(summary = "Escalations raised in the last 30 days by category, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device, or a CSU outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown CSU")
    public Response themes(@QueryParam("csu") String csu) {
        Rollup r = rollups.rollup(access.viewer(), csu);
        StringBuilder out = new StringBuilder("category,label,raised\r\n");
        for (Rollup.Theme t : r.themes()) {
            Csv.row(out, t.category(), t.label(), t.raised());
        }
        return csv(out, r, "escalation-themes");
    }

    private static Response csv(StringBuilder out, Rollup r, String table) {
        String name = "huddle-board-" + (r.csu() == null ? "trust" : r.csu()) + "-" + table + "-" + r.today() + ".csv";
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
