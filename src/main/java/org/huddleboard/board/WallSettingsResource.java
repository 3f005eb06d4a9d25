package org.huddleboard.board;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.retry.Idempotent;
import org.huddleboard.ward.WallTheme;
import org.huddleboard.ward.Ward;

/**
 * How a ward's wall screen looks. A change reaches open screens live, like any board change,
 * so nobody has to walk to the screen to reload it.
 */
@Path("/api/wards/{ward}/wall-settings")
@Tag(name = "Wards")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Transactional
public class WallSettingsResource {

    public static final String KIND = "wall-settings";

    @Inject
    Access access;
    @Inject
    Audit audit;
    @Inject
    Event<BoardChanged> changes;

    @GET
    @Operation(summary = "The ward's wall screen settings")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public WallSettings get(@PathParam("ward") String ward) {
        return settings(readable(access.viewer(), ward));
    }

    @PUT
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how the ward's wall screen looks",
            description = "theme: DARK (the default) or LIGHT. Open screens change at once.")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an admin")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public WallSettings put(@PathParam("ward") String ward, WallSettings request) {
        Viewer viewer = access.viewer();
        Ward w = readable(viewer, ward);
        Access.requireLead(viewer, w, "Only the ward's leads and admins choose how its wall screen looks");
        String theme = Params.body(request).theme();
        WallTheme chosen = Arrays.stream(WallTheme.values()).filter(t -> t.name().equals(theme)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("theme", "must be DARK or LIGHT"));
        long version = Ward.nextBoardVersion(w);
        WallSettings before = settings(w);
        w.wallTheme = chosen;
        WallSettings after = settings(w);
        audit.record(viewer, null, w.code, "ward.wall-settings", "ward " + w.code, before, after);
        changes.fire(new BoardChanged(w.code, version, KIND, after));
        return after;
    }

    private static Ward readable(Viewer viewer, String code) {
        return Access.readable(viewer, code, "You may not see ward " + code);
    }

    private static WallSettings settings(Ward w) {
        return new WallSettings(w.code, w.wallTheme.name());
    }
}
