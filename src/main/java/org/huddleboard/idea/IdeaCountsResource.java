package org.huddleboard.idea;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.huddleboard.access.Access;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly counts of ideas per ward and CSU, for roll-up views. */
@Path("/api/ideas/counts")
@Tag(name = "Ideas")
public class IdeaCountsResource {

    @Inject
    IdeaCounts counts;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ideas raised, implemented, celebrated and adopted per month, per ward and per CSU",
            description = "Over the wards the caller may read (a CSU's figures add up those wards only), in the "
                    + "trust's calendar months, from and to included. raised counts every card by the day it was "
                    + "raised, adopted ones too; adopted counts the cards raised by adopting another ward's idea, "
                    + "for the adopting ward. Left out: the twelve months up to the current one (or twelve from the "
                    + "month given). At most 36 months at a time.")
    @APIResponse(responseCode = "200", description = "The counts, one entry per month with every ward and CSU")
    @APIResponse(responseCode = "400", description = "from or to is not a month like 2026-03, to is before from, or "
            + "the span is over 36 months (problem JSON names the parameter)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    public IdeaCounts.Counts counts(
            @QueryParam("from") @Parameter(description = "First month, like 2026-01") String from,
            @QueryParam("to") @Parameter(description = "Last month, like 2026-12") String to) {
        return counts.count(access.viewer(), from, to);
    }
}
