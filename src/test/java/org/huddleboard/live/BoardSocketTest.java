package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;

@QuarkusTest
class BoardSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void wardGetsSnapshotThenItsOwnChangesOnly() throws Exception {
        BlockingQueue<JsonNode> wardA = new LinkedBlockingQueue<>();
        BlockingQueue<JsonNode> wardB = new LinkedBlockingQueue<>();
        WebSocketClientConnection a = connect("ward-21", wardA, TestAuth.device("ward-21", "display"));
        WebSocketClientConnection b = connect("ward-14", wardB, TestAuth.device("ward-14", "display"));
        try {
            JsonNode snapshot = wardA.poll(5, TimeUnit.SECONDS);
            assertNotNull(snapshot, "snapshot on connect");
            assertEquals("snapshot", snapshot.get("type").asText());
            assertEquals("ward-21", snapshot.at("/board/ward/code").asText());
            long version = snapshot.at("/board/version").asLong();
            assertEquals(version, snapshot.get("version").asLong());
            assertEquals("snapshot", wardB.poll(5, TimeUnit.SECONDS).get("type").asText());

            TestApi.putEntry("ward-21", "agency-shifts", "2026-01-05", "{\"value\": 4}").statusCode(201);

            JsonNode changed = wardA.poll(5, TimeUnit.SECONDS);
            assertNotNull(changed, "update after the PUT");
            assertEquals("changed", changed.get("type").asText());
            assertTrue(changed.get("version").asLong() > version, "a higher board version");
            assertEquals("measure-entry", changed.get("kind").asText());
            assertEquals("agency-shifts", changed.at("/change/measure").asText());
            assertEquals(4.0, changed.at("/change/value").asDouble());
            assertNull(wardB.poll(1, TimeUnit.SECONDS), "ward B hears nothing of ward A's change");
        } finally {
            a.closeAndAwait();
            b.closeAndAwait();
        }
    }

    @Test
    void clientCanAskForAResyncAndPing() throws Exception {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocketClientConnection c = connect("ward-12", messages, TestAuth.device("ward-12", "display"));
        try {
            assertEquals("snapshot", messages.poll(5, TimeUnit.SECONDS).get("type").asText());
            c.sendTextAndAwait("{\"type\":\"resync\"}");
            JsonNode resync = messages.poll(5, TimeUnit.SECONDS);
            assertEquals("snapshot", resync.get("type").asText());
            assertEquals("ward-12", resync.at("/board/ward/code").asText());
            c.sendTextAndAwait("{\"type\":\"ping\"}");
            assertEquals("pong", messages.poll(5, TimeUnit.SECONDS).get("type").asText());
        } finally {
            c.closeAndAwait();
        }
    }

    @Test
    void unknownWardIsRefusedAtTheHandshake() {
        Exception refused = assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base)
                .path("/ws/wards/ward-99").addHeader("Cookie", "hb_session=" + TestAuth.session("executive"))
                .connectAndAwait());
        assertTrue(refused.getMessage().contains("404"), refused.getMessage());
    }

    private WebSocketClientConnection connect(String ward, BlockingQueue<JsonNode> into, String deviceToken) {
        return BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/" + ward)
                .addHeader("Cookie", "hb_device=" + deviceToken)
                .onTextMessage((conn, text) -> {
                    try {
                        into.add(JSON.readTree(text));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .connectAndAwait();
    }
}
