package org.huddleboard.huddle;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.idea.IdeasPart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The ward tablet's page at the huddle, where ward tablets land: start and end the huddle, then
 * the agenda step by step. Every change goes through the REST API (by way of the page's change
 * queue), as any client's would; after a change here or on another device the page fetches the
 * part that changed again, server-rendered, from {@code /part/...}.
 */
@Path("/wards/{ward}/huddle")
@Blocking
public class HuddlePage {

    @Inject
    TabletHuddles pages;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance huddle(TabletHuddle p);

        static native TemplateInstance huddle$measures(TabletHuddle p);

        static native TemplateInstance huddle$bar(TabletHuddle p);

        static native TemplateInstance huddle$actions(TabletHuddle p);

        static native TemplateInstance huddle$thanks(TabletHuddle p);

        static native TemplateInstance huddle$ideas(IdeasPart ideas);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("ward") String ward) {
        access.writable(ward);
        return Templates.huddle(pages.page(access.viewer(), ward));
    }

    /** One part of the page alone, for the page to swap in when the ward's board says it changed. */
    @GET
    @Path("/part/{part}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance part(@PathParam("ward") String ward, @PathParam("part") String part) {
        access.writable(ward);
        TabletHuddle p = pages.part(access.viewer(), ward);
        return switch (part) {
            case "measures" -> Templates.huddle$measures(p);
            case "huddle" -> Templates.huddle$bar(p);
            case "actions" -> Templates.huddle$actions(p);
            case "thanks" -> Templates.huddle$thanks(p);
            default -> throw ApiProblem.notFound("Part " + part + " of the huddle page");
        };
    }

    /** The ideas part alone (the page's ideas.js fetches it from the old address, kept by {@link TabletHuddleLinks}). */
    static TemplateInstance ideas(IdeasPart ideas) {
        return Templates.huddle$ideas(ideas);
    }
}
