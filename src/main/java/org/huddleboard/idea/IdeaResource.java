package org.huddleboard.idea;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.huddleboard.access.Access;
import org.huddleboard.retry.Idempotent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A ward's idea board: cards, their moves between columns, PDSA notes, the quality impact check
 * and its sign-off, and each card's history. Every change answers with the card's new version and
 * the board version it made ({@code X-Board-Version}).
 */
@Path("/api/wards/{ward}/ideas")
@Tag(name = "Ideas")
public class IdeaResource {

    private static final String BOARD_VERSION = "X-Board-Version";

    @Inject
    IdeaService ideas;
    @Inject
    IdeaMoves moves;
    @Inject
    PdsaNotes notes;
    @Inject
    ImpactChecks impactChecks;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ward's idea cards, newest move first, optionally filtered",
            description = "Filters combine; an empty filter matches every card. Overdue: owned, due before the "
                    + "trust's today, and still New or Testing.")
    @APIResponse(responseCode = "200", description = "The cards")
    @APIResponse(responseCode = "400", description = "A filter has a value it does not take (problem JSON names it)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public List<IdeaView> list(@PathParam("ward") String ward,
            @QueryParam("column") @Parameter(description = "NEW, TESTING, IMPLEMENTED, CELEBRATED or PARKED")
            String column,
            @QueryParam("owner") @Parameter(description = "The owner's short name, in any case") String owner,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("aim") @Parameter(description = "OUTCOMES, APPROPRIATE_CARE, PATIENT_EXPERIENCE or "
                    + "WASTE_OR_COST") String aim) {
        return ideas.list(access.viewer(), ward, column, owner, overdue, aim);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a new idea card (in New, raised today in trust time)",
            description = "Title, problem, idea and quality aim are required; problem and idea may have line breaks. "
                    + "measure is the key of a measure on the ward's board. version is not used.")
    @APIResponse(responseCode = "201", description = "The new card; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response create(@PathParam("ward") String ward, IdeaRequest request) {
        IdeaService.Saved saved = ideas.create(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/wards/{ward}/ideas/{id}").build(ward, saved.idea().id());
        return Response.created(location).header(BOARD_VERSION, saved.boardVersion()).entity(saved.idea()).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One card")
    @APIResponse(responseCode = "200", description = "The card")
    @APIResponse(responseCode = "400", description = "The id is not a card number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    public IdeaView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        return ideas.get(access.viewer(), ward, id);
    }

    @PUT
    @Idempotent
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a card's text, owner, due date, measure and quality aim",
            description = "Send every field with the version you loaded; a field left out is cleared. An edit that "
                    + "changes nothing leaves the card and board versions as they are.")
    @APIResponse(responseCode = "200", description = "The card as saved")
    @APIResponse(responseCode = "400", description = "Invalid field, version missing, or bad JSON (problem JSON "
            + "names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version; the problem carries the current card")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response edit(@PathParam("ward") String ward, @PathParam("id") String id, IdeaRequest request) {
        return answer(ideas.edit(access.viewer(), ward, id, request));
    }

    @POST
    @Idempotent
    @Path("/{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a card to another column",
            description = "New → Testing or Parked; Testing → Implemented or Parked; Implemented → Celebrated; "
                    + "Parked → New. Parked needs a reason; Implemented needs changeMade and effect. An idea that "
                    + "removes waste or cost leaves New only with a quality impact check (signed off by a lead if "
                    + "any effect is negative).")
    @APIResponse(responseCode = "200", description = "The card in its new column")
    @APIResponse(responseCode = "400", description = "Invalid or missing field, such as a reason for Parked "
            + "(problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, a move the card's column does not allow (the "
            + "detail names the moves it does), or the impact check not cleared; the problem carries the card")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response move(@PathParam("ward") String ward, @PathParam("id") String id, MoveRequest request) {
        return answer(moves.move(access.viewer(), ward, id, request));
    }

    @GET
    @Path("/{id}/notes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The card's plan-do-study-act notes, by date")
    @APIResponse(responseCode = "200", description = "The notes")
    @APIResponse(responseCode = "400", description = "The id is not a card number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    public List<NoteView> notes(@PathParam("ward") String ward, @PathParam("id") String id) {
        return ideas.notes(access.viewer(), ward, id);
    }

    @POST
    @Idempotent
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a PDSA note to a card in Testing",
            description = "notedOn is an ISO date, today (trust time) if left out, never in the future. The note may "
                    + "have line breaks. Adding a note moves the card's version on.")
    @APIResponse(responseCode = "201", description = "The note, and the card with its new version")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, or the card is not in Testing; the problem "
            + "carries the card")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response addNote(@PathParam("ward") String ward, @PathParam("id") String id, NoteRequest request) {
        PdsaNotes.NoteSaved saved = notes.addNote(access.viewer(), ward, id, request);
        return Response.status(201).header(BOARD_VERSION, saved.boardVersion()).entity(saved.added()).build();
    }

    @PUT
    @Idempotent
    @Path("/{id}/impact-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the quality impact check of a card in New",
            description = "The expected effect (NONE, POSITIVE or NEGATIVE) on safety, effectiveness and experience, "
                    + "each with a sentence. A new check replaces the earlier one and its sign-off.")
    @APIResponse(responseCode = "200", description = "The card with its check")
    @APIResponse(responseCode = "400", description = "Invalid or missing field (problem JSON names it)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, or the card is not in New; the problem carries "
            + "the card")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response checkImpact(@PathParam("ward") String ward, @PathParam("id") String id, ImpactRequest request) {
        return answer(impactChecks.checkImpact(access.viewer(), ward, id, request));
    }

    @POST
    @Idempotent
    @Path("/{id}/impact-check/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign off a quality impact check that has a negative effect (a lead of the ward)")
    @APIResponse(responseCode = "200", description = "The card with its check signed off")
    @APIResponse(responseCode = "400", description = "Version missing or bad JSON")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, or nothing awaits sign-off (no check, no "
            + "negative effect, already signed off, or the card left New); the problem carries the card")
    public Response signOff(@PathParam("ward") String ward, @PathParam("id") String id, VersionRequest request) {
        return answer(impactChecks.signOff(access.viewer(), ward, id, request));
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change to the card, oldest first, with the card before and after",
            description = "From the audit trail. A PDSA note's line has the note and the card version as after.")
    @APIResponse(responseCode = "200", description = "The card's history")
    @APIResponse(responseCode = "400", description = "The id is not a card number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    public List<HistoryLine> history(@PathParam("ward") String ward, @PathParam("id") String id) {
        return ideas.history(access.viewer(), ward, id);
    }

    private static Response answer(IdeaService.Saved saved) {
        return Response.ok(saved.idea()).header(BOARD_VERSION, saved.boardVersion()).build();
    }
}
