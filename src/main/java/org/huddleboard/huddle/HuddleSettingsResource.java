package org.huddleboard.huddle;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.huddleboard.retry.Idempotent;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.ward.Ward;

/**
 * The length a ward's huddle should take, which its timers run against. A ward's leads and
 * admins set it; a shared tablet does not (the setting outlasts the huddle it is changed in).
 */
@Path("/api/wards/{ward}/huddle-settings")
@Tag(name = "Huddles")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Transactional
public class HuddleSettingsResource {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 30;

    @Inject
    Access access;
    @Inject
    WardChanges changes;

    @GET
    @Operation(summary = "The ward's huddle settings")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Ward outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public HuddleSettings get(@PathParam("ward") String ward) {
        Ward w = changes.readable(access.viewer(), ward);
        return new HuddleSettings(w.code, w.huddleMinutes);
    }

    @PUT
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how long the ward's huddle should take",
            description = "huddleMinutes from 5 to 30. A huddle already running keeps the length it started with.")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "400", description = "Invalid field or JSON (problem JSON names the field)")
    @APIResponse(responseCode = "401", description = "Not signed in or paired")
    @APIResponse(responseCode = "403", description = "Not a lead of this ward or an admin")
    @APIResponse(responseCode = "404", description = "Unknown ward")
    public HuddleSettings put(@PathParam("ward") String ward, HuddleSettings request) {
        Viewer viewer = access.viewer();
        Ward w = changes.readable(viewer, ward);
        Access.requireLead(viewer, w, "Only the ward's leads and admins set its huddle length");
        Integer minutes = Params.body(request).huddleMinutes();
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw ApiProblem.invalid("huddleMinutes", "must be a whole number from " + MIN_MINUTES + " to "
                    + MAX_MINUTES);
        }
        long boardVersion = changes.lock(w);
        HuddleSettings before = new HuddleSettings(w.code, w.huddleMinutes);
        w.huddleMinutes = minutes;
        HuddleSettings after = new HuddleSettings(w.code, w.huddleMinutes);
        changes.saved(viewer, null, w, boardVersion, WardChanges.HUDDLE, "ward.huddle-settings", "ward " + w.code,
                before, after);
        return after;
    }
}
