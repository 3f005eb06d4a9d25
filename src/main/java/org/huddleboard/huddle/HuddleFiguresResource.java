package org.huddleboard.huddle;

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

/** How regularly the wards of the caller's scope huddled: for leaders. */
@Path("/api/huddles/figures")
@Tag(name = "Huddles")
public class HuddleFiguresResource {

    @Inject
    HuddleFiguresService figures;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Huddle figures per CSU and ward over the last 30 or 90 complete days",
            description = "The range is the complete trust days ending yesterday: today is not over, so it is left"
                    + " out. Per ward: the days with at least one huddle started and their share of the range (whole"
                    + " per cent; Leeds reported 91% of wards huddling daily), the huddles started, the median length"
                    + " in minutes of those ended on the tablet (huddles ended automatically after being left open are"
                    + " left out) and the median attendance; a median is the middle value, or the mean of the two"
                    + " middle values for an even count, to one decimal. A CSU adds up its wards (days = wards x"
                    + " days). Scope as the escalation figures: a CSU manager their CSUs, an executive or admin the"
                    + " trust, a lead their wards (a lead's CSU rows count their wards only); wards with no huddle"
                    + " count with 0%.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "days is not 30 or 90 (problem JSON names it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device: figures are for leaders")
    public HuddleFigures get(@QueryParam("days") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            enumeration = { "30", "90" }), description = "30 (the default) or 90") String days) {
        int d = FigureRanges.days(days);
        return figures.figures(access.viewer(), d);
    }
}
