package org.huddleboard.escalation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.ward.FigureRanges;

/**
 * Response figures. Its own root path: a literal segment wins over {@code /api/escalations/{id}}
 * in JAX-RS matching, so "figures" never reaches the id parser (tested).
 */
@Path("/api/escalations/figures")
@Tag(name = "Escalations")
public class EscalationFiguresResource {

    @Inject
    EscalationFigures figures;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Response figures per CSU and ward for the escalations raised in the last 30 or 90 days",
            description = "Trust time, today included. Median and 90th percentile (nearest rank) of the time to "
                    + "acknowledge and to resolve (or hand back); escalations without that time yet are counted as "
                    + "still waiting. The share within target counts decided ones only. Scope as the list: a CSU "
                    + "manager their CSUs, an executive or admin the trust, a lead their wards (a lead's CSU rows "
                    + "count their wards only).")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "days is not 30 or 90 (problem JSON names it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device: figures are for leaders")
    public Figures get(@QueryParam("days") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            enumeration = { "30", "90" }), description = "30 (the default) or 90") String days) {
        int d = FigureRanges.days(days);
        return figures.figures(access.viewer(), d);
    }
}
