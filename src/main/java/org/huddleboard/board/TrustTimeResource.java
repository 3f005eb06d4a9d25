package org.huddleboard.board;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.huddleboard.common.TrustClock;

import org.jboss.resteasy.reactive.NoCache;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The trust's clock, for wall screens: a TV's own clock may be minutes out, and a board changes day at the
 * trust's midnight, so the clock shown, the huddle timer and the move to a new day run on this time. The
 * same clock as every date decision on the server ({@link TrustClock}), not the HTTP Date header's.
 */
@Path("/api/time")
@Tag(name = "Boards")
public class TrustTimeResource {

    public record TrustTime(long now, String zone, LocalDate today) {
    }

    @Inject
    TrustClock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trust's time now: epoch milliseconds, the trust's time zone and today's date there",
            description = "What wall screens set their clock by. Never cached.")
    @APIResponse(responseCode = "200", description = "The time")
    @APIResponse(responseCode = "401", description = "Not signed in and not a paired device")
    @NoCache
    public TrustTime now() {
        var now = clock.now();
        return new TrustTime(now.toEpochMilli(), clock.zone().getId(), clock.dayOf(now));
    }
}
