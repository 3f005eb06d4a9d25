package org.huddleboard.escalation;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.huddleboard.retry.Idempotent;

/**
 * Escalations across wards, and each one's actions. They are raised by a ward
 * ({@link WardEscalationResource}), answered by its CSU (tier 2) or the trust's executives (tier 3),
 * closed by the ward once it has read the answer. Every action answers with the escalation as
 * saved, with what the caller may do next.
 */
@Path("/api/escalations")
@Tag(name = "Escalations")
public class EscalationResource {

    @Inject
    EscalationService escalations;
    @Inject
    EscalationListing listing;
    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Escalations across the caller's wards: overdue first, then urgent, then oldest",
            description = "A CSU manager sees their CSUs' wards, an executive or admin the whole trust, a lead their "
                    + "wards. Without status, everything not yet closed; closed ones go back 90 days.")
    @APIResponse(responseCode = "200", description = "The escalations")
    @APIResponse(responseCode = "400", description = "A filter has a value it does not take (problem JSON names it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A device: ward tablets and wall screens see their own ward's")
    public List<EscalationView> list(@QueryParam("ward") String ward, @QueryParam("csu") String csu,
            @QueryParam("tier") @Parameter(schema = @Schema(type = SchemaType.INTEGER), description = "2 or 3")
            String tier,
            @QueryParam("status") @Parameter(description = "OPEN, ACKNOWLEDGED, RESOLVED, HANDED_BACK or CLOSED")
            String status,
            @QueryParam("category") @Parameter(description = "STAFFING, EQUIPMENT, ESTATES, BEDS_AND_FLOW, IT, "
                    + "SUPPLIES, SAFETY or OTHER") String category) {
        return listing.list(access.viewer(), listing.filters(ward, csu, tier, status, category));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One escalation, with what the caller may do with it")
    @APIResponse(responseCode = "200", description = "The escalation")
    @APIResponse(responseCode = "400", description = "The id is not an escalation number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Its ward is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such escalation")
    public EscalationView get(@PathParam("id") String id) {
        return escalations.get(access.viewer(), id);
    }

    @GET
    @Path("/{id}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every step of the escalation, oldest first: who did what, when, and what they wrote")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "400", description = "The id is not an escalation number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Its ward is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such escalation")
    public List<TimelineLine> timeline(@PathParam("id") String id) {
        return escalations.timeline(access.viewer(), id);
    }

    @POST
    @Idempotent
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Act on an escalation: acknowledge, comment, respond, resolve, escalate, hand-back, "
            + "reopen or close",
            description = "Send the version you loaded. comment, respond, resolve (the answer the ward reads), "
                    + "escalate (the reason), hand-back (the guidance) and reopen (why) need text. Who may do what "
                    + "in which state is in src/docs/escalations.md.")
    @APIResponse(responseCode = "200", description = "The escalation as saved")
    @APIResponse(responseCode = "400", description = "Unknown action, text or version missing, bad JSON")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "The caller's side never takes this action (the reason says "
            + "what they may do)")
    @APIResponse(responseCode = "404", description = "No such escalation")
    @APIResponse(responseCode = "409", description = "Stale version, or not allowed in its state; the body has the "
            + "escalation as it is now")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public EscalationView act(@PathParam("id") String id, ActionRequest request) {
        return escalations.act(access.viewer(), id, request);
    }
}
