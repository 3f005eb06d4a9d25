package org.huddleboard.measure;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.board.BoardService;
import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.common.PublicText;
import org.huddleboard.escalation.EscalationsPart;
import org.huddleboard.escalation.TabletEscalations;
import org.huddleboard.idea.IdeasPart;
import org.huddleboard.idea.TabletIdeas;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The tablet page for entering today's values at the huddle. Each save goes through the same
 * PUT as any API client, so validation and conflicts are reported the same way. The ideas part
 * works the same way through the ideas API, and is re-fetched whole when a card changes; so does
 * the escalations part (its own template, {@code TabletEscalationsPage/escalations}).
 */
@Path("/wards/{ward}/update")
@Blocking
public class EntryPage {

    @Inject
    BoardService boards;
    @Inject
    Access access;
    @Inject
    TabletIdeas ideas;
    @Inject
    TabletEscalations escalations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance update(BoardSnapshot board, String reminder, boolean device, IdeasPart ideas,
                EscalationsPart escalations);

        static native TemplateInstance update$ideas(IdeasPart ideas);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("ward") String ward) {
        access.writable(ward);
        Viewer viewer = access.viewer();
        return Templates.update(boards.snapshot(viewer, ward), PublicText.REMINDER, viewer.isDevice(),
                ideas.part(viewer, ward), escalations.part(viewer, ward));
    }

    /** The ideas part alone, server-rendered, for the page to swap in when a card changes anywhere. */
    @GET
    @Path("/ideas")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance ideas(@PathParam("ward") String ward) {
        access.writable(ward);
        return Templates.update$ideas(ideas.part(access.viewer(), ward));
    }
}
