package org.huddleboard.escalation;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The response figures for leaders: the last 30 and 90 days, per CSU and ward of their scope.
 * The table is a type-safe fragment ({@code Templates.figures$table}) so the escalation view can
 * show it above its list: {@code {#include FiguresPage/figures$table tables=... /}} with
 * {@link #tables(Viewer)}. Devices are sent to their own page.
 */
@Path("/escalations/figures")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class FiguresPage {

    @Inject
    EscalationFigures figures;
    @Inject
    Access access;
    @Inject
    TrustClock clock;

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance figures(List<FiguresTable> tables, String today, boolean lead);

        /** The figures tables alone, with how they are counted. */
        public static native TemplateInstance figures$table(List<FiguresTable> tables);
    }

    @GET
    @Operation(hidden = true)
    public Object page() {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            return Response.seeOther(URI.create(viewer.landingPage())).build();
        }
        return Templates.figures(tables(viewer), FiguresTable.day(clock.today()),
                viewer.role() == org.huddleboard.access.Role.LEAD);
    }

    /** The 30- and 90-day tables of the viewer's scope, from one read. */
    public List<FiguresTable> tables(Viewer viewer) {
        return FiguresTable.of(figures.windows(viewer, EscalationFigures.WINDOWS));
    }
}
