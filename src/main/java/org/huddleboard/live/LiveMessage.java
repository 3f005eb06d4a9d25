package org.huddleboard.live;

import java.time.LocalDate;
import java.util.Map;

import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.measure.BoardChanged;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the live board endpoint sends. API clients get the board as JSON; wall pages
 * ({@code ?format=html}) get server-rendered regions instead. A client that sees a gap in
 * {@code version} asks for a resync. Snapshots carry the server's {@code build} ({@link org.huddleboard.common.AppBuild}):
 * a wall page served by another build reloads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveMessage(String type, String ward, Long version, LocalDate date, String build, BoardSnapshot board,
        String kind,
        Object change, Map<String, String> regions, String message) {

    static LiveMessage snapshot(BoardSnapshot board, String build) {
        return new LiveMessage("snapshot", board.ward().code(), board.version(), board.date(), build, board, null, null,
                null, null);
    }

    static LiveMessage snapshot(BoardSnapshot board, Map<String, String> regions, String build) {
        return new LiveMessage("snapshot", board.ward().code(), board.version(), board.date(), build, null, null, null,
                regions, null);
    }

    static LiveMessage changed(BoardChanged c, Map<String, String> regions) {
        return new LiveMessage("changed", c.ward(), c.version(), null, null, null, c.kind(), c.change(), regions, null);
    }

    /** For a roll-up: which ward's measures changed, and to what board version; the page re-reads its row. */
    static LiveMessage wardChanged(BoardChanged c) {
        return new LiveMessage("changed", c.ward(), c.version(), null, null, null, c.kind(), null, null, null);
    }

    /** The escalation channel is open: from now on every change is sent; read the list once. */
    static LiveMessage ready() {
        return new LiveMessage("ready", null, null, null, null, null, null, null, null, null);
    }

    static LiveMessage pong() {
        return new LiveMessage("pong", null, null, null, null, null, null, null, null, null);
    }

    static LiveMessage error(String message) {
        return new LiveMessage("error", null, null, null, null, null, null, null, null, message);
    }
}
