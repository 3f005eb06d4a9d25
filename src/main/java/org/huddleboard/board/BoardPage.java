package org.huddleboard.board;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.huddleboard.access.Access;
import org.huddleboard.common.AppBuild;
import org.huddleboard.common.TrustClock;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The wall screen. The page and the live region come from one template, so the script that
 * applies live updates only swaps in HTML the server rendered.
 */
@Path("/wards/{ward}/board")
@io.smallrye.common.annotation.Blocking
public class BoardPage {

    @Inject
    BoardService boards;
    @Inject
    Access access;
    @Inject
    AppBuild build;
    @Inject
    TrustClock clock;

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm, EEE d MMM", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The page around the live regions: the build it was served from (a screen reloads when the server's
     * differs) and when it was read, for the clock and for the banner a page shows by itself if its script
     * never says it is live.
     */
    public record Wall(String build, String since, String clock) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardSnapshot board, Wall page);

        static native TemplateInstance board$live(BoardSnapshot board);

        static native TemplateInstance board$measures(BoardSnapshot board);

        static native TemplateInstance board$ideas(BoardSnapshot board);

        static native TemplateInstance board$escalations(BoardSnapshot board);

        static native TemplateInstance board$huddle(BoardSnapshot board);

        static native TemplateInstance board$actions(BoardSnapshot board);

        static native TemplateInstance board$thanks(BoardSnapshot board);

        static native TemplateInstance board$theme(BoardSnapshot board);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("ward") String ward) {
        BoardSnapshot board = boards.snapshot(access.viewer(), ward);
        var now = clock.now().atZone(clock.zone());
        return Templates.board(board, new Wall(build.id(), SINCE.format(now), CLOCK.format(now)));
    }

    @GET
    @Path("/live")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance live(@PathParam("ward") String ward) {
        return Templates.board$live(boards.snapshot(access.viewer(), ward));
    }
}
