package org.huddleboard.chart;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.common.Csv;
import org.huddleboard.retry.Idempotent;

@Path("/api/wards/{ward}/measures/{measure}")
@Tag(name = "Charts")
@Produces(MediaType.APPLICATION_JSON)
public class ChartResource {

    @Inject
    ChartService charts;
    @Inject
    RebaseService rebases;
    @Inject
    Access access;

    @GET
    @Path("/spc")
    @Operation(summary = "A ward measure's Making Data Count XmR chart",
            description = "The last 365 days: segments between the ward's recorded process changes with their mean"
                    + " and limits, every point with the special-cause rule it breaks, the variation and assurance"
                    + " icons' meaning, and the ideas implemented on the measure.")
    @APIResponse(responseCode = "200", description = "The chart")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or measure not on its board")
    public ChartView spc(@PathParam("ward") String ward, @PathParam("measure") String measure) {
        return charts.chart(access.viewer(), ward, measure);
    }

    @GET
    @Path("/history.csv")
    @Produces("text/csv")
    @Operation(summary = "A ward measure's history as CSV, each day with its segment's mean and limits and the rule it breaks")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or measure not on its board")
    public Response history(@PathParam("ward") String ward, @PathParam("measure") String measure) {
        ChartView chart = charts.chart(access.viewer(), ward, measure);
        StringBuilder csv = new StringBuilder(
                "date,value,segment,mean,lower_limit,upper_limit,limits,special_cause,variation\r\n");
        for (ChartView.PointView p : chart.points()) {
            ChartView.SegmentView s = chart.segments().get(p.segment());
            Csv.row(csv, p.date(), p.value(), p.segment() + 1, s.mean(), s.lower(), s.upper(),
                    s.mean() == null ? "none" : s.provisional() ? "provisional" : "firm",
                    p.rule() == null ? "" : p.rule().word(), p.variation().word());
        }
        return Response.ok(csv.toString()).header("Content-Disposition",
                "attachment; filename=\"" + chart.ward() + "-" + chart.measure() + ".csv\"").build();
    }

    @GET
    @Path("/rebases")
    @Operation(summary = "The days the ward changed its process for this measure (each starts new chart limits)")
    @APIResponse(responseCode = "200", description = "The recorded changes, oldest first")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or measure not on its board")
    public List<RebaseView> rebases(@PathParam("ward") String ward, @PathParam("measure") String measure) {
        return rebases.list(access.viewer(), ward, measure);
    }

    @POST
    @Path("/rebases")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a change to the ward's process for this measure",
            description = "From this date the chart computes new limits. One per day; not after today. Open screens"
                    + " change at once.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an admin")
    @APIResponse(responseCode = "404", description = "Unknown ward, or measure not on its board")
    @APIResponse(responseCode = "409", description = "A change is already recorded that day (carries the list), or the ward was retired")
    @APIResponse(responseCode = "422", description = "The reason looks like patient-identifiable data")
    public Response add(@PathParam("ward") String ward, @PathParam("measure") String measure, RebaseRequest request) {
        return Response.status(201).entity(rebases.add(access.viewer(), ward, measure, request)).build();
    }

    @DELETE
    @Path("/rebases/{date}")
    @Idempotent
    @Operation(summary = "Remove a recorded process change: the chart's limits join up again")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an admin")
    @APIResponse(responseCode = "404", description = "Unknown ward, measure not on its board, or no change that day")
    @APIResponse(responseCode = "409", description = "The ward was retired")
    public Response remove(@PathParam("ward") String ward, @PathParam("measure") String measure,
            @PathParam("date") String date) {
        rebases.remove(access.viewer(), ward, measure, date);
        return Response.noContent().build();
    }
}
