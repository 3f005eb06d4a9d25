package org.huddleboard.escalation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The escalations step of the ward tablet's huddle page ({@code /wards/{ward}/huddle}): the page
 * includes the whole section, and fetches the list alone again whenever the ward's board says an
 * escalation changed. Raising and acting go through the REST API, as any client's would.
 */
@Path("/wards/{ward}/update/escalations")
@Blocking
public class TabletEscalationsPage {

    @Inject
    TabletEscalations escalations;
    @Inject
    Access access;

    @CheckedTemplate
    public static class Templates {
        /** The section, for the tablet page to include; {@code escalations} is its data there too. */
        public static native TemplateInstance escalations(EscalationsPart escalations);

        public static native TemplateInstance escalations$list(EscalationsPart escalations);
    }

    /** The list alone, server-rendered, for the page to swap in. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance list(@PathParam("ward") String ward) {
        access.writable(ward);
        return Templates.escalations$list(escalations.part(access.viewer(), ward));
    }
}
