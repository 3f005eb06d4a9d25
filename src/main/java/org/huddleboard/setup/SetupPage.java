package org.huddleboard.setup;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Where setting up starts: for an admin, the steps from an empty install to a live ward board
 * and every setup screen; for a lead, their own wards' settings and measures.
 */
@Path("/setup")
@RolesAllowed({ Role.ADMIN_ROLE, Role.LEAD_ROLE })
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    @Inject
    Access access;
    @Inject
    FirstRun firstRun;

    public record LeadWard(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(Viewer viewer, boolean admin, List<FirstRun.Step> steps,
                long stepsLeft, List<LeadWard> wards);
    }

    @GET
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance page() {
        Viewer viewer = access.viewer();
        boolean admin = viewer.role() == Role.ADMIN;
        List<FirstRun.Step> steps = admin ? firstRun.steps() : List.of();
        long left = steps.stream().filter(s -> !s.done() && !s.optional()).count();
        List<LeadWard> wards = Ward.listWithCsu().stream()
                .filter(w -> w.retiredAt == null && (admin || viewer.canWrite(w)))
                .map(w -> new LeadWard(w.code, w.name)).toList();
        return Templates.setup(viewer, admin, steps, left, wards);
    }
}
