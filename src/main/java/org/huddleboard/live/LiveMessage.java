package org.huddleboard.live;

import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.measure.BoardChanged;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the live board endpoint sends. A client that sees a gap in {@code version} asks for a resync. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveMessage(String type, String ward, Long version, BoardSnapshot board, String kind, Object change,
        String message) {

    static LiveMessage snapshot(BoardSnapshot board) {
        return new LiveMessage("snapshot", board.ward().code(), board.version(), board, null, null, null);
    }

    static LiveMessage changed(BoardChanged c) {
        return new LiveMessage("changed", c.ward(), c.version(), null, c.kind(), c.change(), null);
    }

    static LiveMessage pong() {
        return new LiveMessage("pong", null, null, null, null, null, null);
    }

    static LiveMessage error(String message) {
        return new LiveMessage("error", null, null, null, null, null, message);
    }
}
