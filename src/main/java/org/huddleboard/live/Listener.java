package org.huddleboard.live;

import org.huddleboard.access.Viewer;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;

/** What a live connection keeps: a few small values, nothing per message. */
final class Listener {

    /** Who opened it: ending their access closes it. */
    static final UserData.TypedKey<Viewer> VIEWER = new UserData.TypedKey<>("huddle.viewer");
    /** The rendering variant of a wall page ({@code ?format=html}); absent for JSON clients. */
    static final UserData.TypedKey<String> RENDERING = new UserData.TypedKey<>("huddle.rendering");
    /** Set once the connection has had its first snapshot; changes go only to joined connections. */
    static final UserData.TypedKey<Boolean> JOINED = new UserData.TypedKey<>("huddle.joined");

    private Listener() {
    }

    static boolean joined(WebSocketConnection c) {
        return Boolean.TRUE.equals(c.userData().get(JOINED));
    }
}
