package org.huddleboard.board;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.huddleboard.access.Viewer;

/**
 * Renders board regions for live screens. A variant names a way of seeing a region: viewers
 * who share a variant share one rendering. Today every viewer sees the same board, so there is
 * one variant; a region that differs by viewer (say, names shown to staff only) adds its own.
 */
@ApplicationScoped
public class BoardRegions {

    public static final String EVERYONE = "everyone";

    private final AtomicLong renders = new AtomicLong();

    /** The variant this viewer sees. */
    public String variantFor(Viewer viewer) {
        return EVERYONE;
    }

    public String render(BoardSnapshot board, BoardRegion region, String variant) {
        renders.incrementAndGet();
        return region.template(board).render().strip();
    }

    /** Region id to HTML, in the order given. */
    public Map<String, String> render(BoardSnapshot board, Collection<BoardRegion> regions, String variant) {
        Map<String, String> html = new LinkedHashMap<>();
        for (BoardRegion region : regions) {
            html.put(region.id, render(board, region, variant));
        }
        return html;
    }

    /** Regions rendered since start: what a change costs, whatever the number of screens. */
    public long renderCount() {
        return renders.get();
    }
}
