package org.huddleboard.idea;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Spreading proven ideas from a ward's board: a lead offers a card to the trust, another ward
 * adopts it, and the original shows where it went ({@link TrustIdeasResource} lists the offers). A change answers with the board version it made on the ward in
 * the path ({@code X-Board-Version}).
 */
@Path("/api/wards/{ward}/ideas")
@Tag(name = "Ideas")
public class SpreadResource {

    private static final String BOARD_VERSION = "X-Board-Version";

    @Inject
    SpreadService spread;
    @Inject
    Access access;
    @Context
    UriInfo uri;

    @PUT
    @Idempotent
    @Path("/{id}/offer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a proven idea to other wards (a lead of the ward)",
            description = "The card must be Implemented or Celebrated. summary is one line on its effect (at most "
                    + "200 characters). Offering again with a new summary keeps its place in the trust's list.")
    @APIResponse(responseCode = "200", description = "The card, offered")
    @APIResponse(responseCode = "400", description = "Summary or version missing or invalid, or bad JSON (problem "
            + "JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, or the card is not Implemented or Celebrated; "
            + "the problem carries the card")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response offer(@PathParam("ward") String ward, @PathParam("id") String id, OfferRequest request) {
        return answer(spread.offer(access.viewer(), ward, id, request));
    }

    @DELETE
    @Idempotent
    @Path("/{id}/offer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a card's offer (a lead of the ward)",
            description = "Cards already adopted from it stay linked to it; no ward can adopt it from now on.")
    @APIResponse(responseCode = "200", description = "The card, no longer offered")
    @APIResponse(responseCode = "400", description = "version missing or not a whole number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    @APIResponse(responseCode = "409", description = "Stale version, or the card is not offered; the problem carries "
            + "the card")
    public Response withdraw(@PathParam("ward") String ward, @PathParam("id") String id,
            @QueryParam("version") @Parameter(description = "The version of the card you loaded", required = true,
                    schema = @Schema(type = SchemaType.INTEGER)) String version) {
        return answer(spread.withdraw(access.viewer(), ward, id, version));
    }

    @POST
    @Idempotent
    @Path("/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopt an idea another ward offers: a linked New card on this ward",
            description = "from is the id of the offered card; its title, problem, idea and quality aim are copied, "
                    + "and the new card's adoptedFrom names it. Both wards' boards change.")
    @APIResponse(responseCode = "201", description = "The new card; Location is its address")
    @APIResponse(responseCode = "400", description = "from missing or not a card, an invalid field, or bad JSON "
            + "(problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not allowed to change this ward's board")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    @APIResponse(responseCode = "409", description = "The card is this ward's own, or not offered (the problem carries "
            + "it), or this ward adopted it already (the problem carries the card it adopted)")
    @APIResponse(responseCode = "422", description = "Text looks like patient-identifiable data (an NHS number)")
    public Response adopt(@PathParam("ward") String ward, AdoptionRequest request) {
        IdeaService.Saved saved = spread.adopt(access.viewer(), ward, request);
        URI location = uri.getBaseUriBuilder().path("api/wards/{ward}/ideas/{id}").build(ward, saved.idea().id());
        return Response.created(location).header(BOARD_VERSION, saved.boardVersion()).entity(saved.idea()).build();
    }

    @GET
    @Path("/{id}/adoptions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a card has been adopted, and how far each adoption has got",
            description = "Each adopted card with its ward, its column and when it moved there; oldest adoption first.")
    @APIResponse(responseCode = "200", description = "The adoptions")
    @APIResponse(responseCode = "400", description = "The id is not a card number")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward, or no such card on that ward")
    public List<AdoptionView> adoptions(@PathParam("ward") String ward, @PathParam("id") String id) {
        return spread.adoptions(access.viewer(), ward, id);
    }

    private static Response answer(IdeaService.Saved saved) {
        return Response.ok(saved.idea()).header(BOARD_VERSION, saved.boardVersion()).build();
    }
}
