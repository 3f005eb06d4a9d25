package org.huddleboard.durability;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/** A ward's live board as an API client sees it (JSON messages), recording every message's type and version. */
final class LiveScreen implements AutoCloseable {

    record Message(String type, long version, long at) {
    }

    private final List<Message> messages = new ArrayList<>();
    private final WebSocket socket;
    private volatile boolean closed;
    private volatile int closeCode = -1;

    private LiveScreen(String base, String ward, String cookie) throws Exception {
        StringBuilder partial = new StringBuilder();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    record(partial.toString());
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                closeCode = status;
                closed = true;
                synchronized (messages) {
                    messages.notifyAll();
                }
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed = true;
            }
        };
        socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie).header("Origin", base)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws/wards/" + ward), listener)
                .get(20, TimeUnit.SECONDS);
    }

    static LiveScreen open(String base, String ward, String cookie) throws Exception {
        LiveScreen screen = new LiveScreen(base, ward, cookie);
        screen.awaitVersion(0, Duration.ofSeconds(20));
        return screen;
    }

    private void record(String text) {
        try {
            JsonNode m = HuddleClient.JSON.readTree(text);
            if (m.has("version")) {
                synchronized (messages) {
                    messages.add(new Message(m.path("type").asText(), m.path("version").asLong(), System.nanoTime()));
                    messages.notifyAll();
                }
            }
        } catch (Exception e) {
            // not a board message
        }
    }

    /** The latest version this screen has, once it has at least {@code version}; fails after {@code timeout}. */
    Message awaitVersion(long version, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (messages) {
            while (messages.isEmpty() || messages.get(messages.size() - 1).version() < version) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || closed) {
                    fail("the screen " + (closed ? "closed" : "did not reach version " + version + " in " + timeout)
                            + "; it had " + messages);
                }
                messages.wait(left);
            }
            return messages.get(messages.size() - 1);
        }
    }

    /** Waits for the server to close the socket; answers the close code. */
    int awaitClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (messages) {
            while (!closed) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    fail("the server did not close the screen within " + timeout);
                }
                messages.wait(left);
            }
        }
        return closeCode;
    }

    List<Message> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /**
     * Every change came once, in version order, with no gap: each is the version after the one
     * before it, or a fresh snapshot took the screen on (when changes could not be replayed).
     */
    void assertNoGapsOrRepeats() {
        List<String> wrong = new ArrayList<>();
        long at = -1;
        for (Message m : messages()) {
            if ("snapshot".equals(m.type())) {
                if (m.version() < at) {
                    wrong.add("snapshot at " + m.version() + " after " + at);
                }
                at = m.version();
            } else if (m.version() != at + 1) {
                wrong.add("change " + m.version() + " after " + at);
                at = Math.max(at, m.version());
            } else {
                at = m.version();
            }
        }
        if (!wrong.isEmpty()) {
            fail("the screen's messages were out of order: " + wrong + " in " + messages());
        }
    }

    long snapshots() {
        return messages().stream().filter(m -> "snapshot".equals(m.type())).count();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
