package org.huddleboard.live;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Quarkus (3.33) logs an error with a stack trace when a live-board client goes away before the
 * framework has finished setting up its connection ("WebSocket is closed" from
 * {@code Endpoints.initialize}), before any of our code runs. Anyone may open and drop sockets,
 * so that would let any viewer flood the log; this drops exactly that record and nothing else.
 */
@LoggingFilter(name = "live-handshake-race")
public final class HandshakeRaceFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return !isHandshakeRace(record.getThrown());
    }

    static boolean isHandshakeRace(Throwable thrown) {
        if (!(thrown instanceof IllegalStateException) || !"WebSocket is closed".equals(thrown.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().equals("io.quarkus.websockets.next.runtime.Endpoints")
                    && frame.getMethodName().equals("initialize")) {
                return true;
            }
        }
        return false;
    }
}
