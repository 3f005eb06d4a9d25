package org.huddleboard.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.huddleboard.board.BoardSnapshot;

/**
 * A ward's board as read once, with its snapshot messages encoded at most once each: as JSON
 * for API clients and once per rendering variant for wall pages. Every socket that joins while
 * it is current gets one of these strings; none reads the database.
 */
final class CurrentBoard {

    static final long MAX_AGE_NANOS = 30_000_000_000L;

    final BoardSnapshot board;
    private final long readAt = System.nanoTime();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    CurrentBoard(BoardSnapshot board) {
        this.board = board;
    }

    /** Re-read after a while in any case: a board can also change in ways that bump no version (a new day). */
    boolean fresh(java.time.LocalDate today) {
        return board.date().equals(today) && System.nanoTime() - readAt < MAX_AGE_NANOS;
    }

    /** The snapshot message for a rendering (a variant name, or {@code null} for JSON) from a build of the server. */
    String text(String rendering, String build, Function<String, String> encode) {
        return texts.computeIfAbsent((rendering == null ? "" : rendering) + " " + build, k -> encode.apply(rendering));
    }
}
