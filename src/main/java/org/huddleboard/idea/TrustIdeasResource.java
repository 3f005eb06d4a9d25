package org.huddleboard.idea;

import java.util.List;

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

/** The trust's ideas across its wards: the ideas offered for spread, and monthly counts for roll-up views. */
@Path("/api/ideas")
@Tag(name = "Ideas")
public class TrustIdeasResource {

    @Inject
    SpreadService spread;
    @Inject
    IdeaCounts counts;
    @Inject
    Access access;

    @GET
    @Path("/offered")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ideas wards offer the trust, newest offer first",
            description = "With the ward and CSU each came from and the wards that adopted it. Any signed-in person "
                    + "or paired device may read it. With ward, the list as that ward sees it: its own offers are "
                    + "left out.")
    @APIResponse(responseCode = "200", description = "The offered ideas")
    @APIResponse(responseCode = "400", description = "ward is not the code of a ward")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    public List<OfferedIdea> offered(
            @QueryParam("ward") @Parameter(description = "A ward code, such as ward-12: leave out its own offers")
            String ward) {
        return spread.offered(access.viewer(), ward);
    }

    @GET
    @Path("/counts")
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
