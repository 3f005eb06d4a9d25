package org.huddleboard.huddle;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.idea.TabletIdeas;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The tablet's old address, {@code /wards/{ward}/update}: links and bookmarks to it go to the
 * huddle page, which replaced it. Its ideas part stays here, where ideas.js fetches it.
 */
@Path("/wards/{ward}/update")
@Blocking
public class TabletHuddleLinks {

    @Inject
    Access access;
    @Inject
    TabletIdeas ideas;

    @GET
    @Operation(hidden = true)
    public Response moved(@PathParam("ward") String ward) {
        URI to = UriBuilder.fromPath("/wards/{ward}/huddle").build(ward);
        return Response.seeOther(to).build();
    }

    /** The ideas part alone, server-rendered, for the page to swap in when a card changes anywhere. */
    @GET
    @Path("/ideas")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance ideas(@PathParam("ward") String ward) {
        access.writable(ward);
        return HuddlePage.ideas(ideas.part(access.viewer(), ward));
    }
}
