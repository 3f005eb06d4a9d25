package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** The roll-up channel: leaders only, and each hears only of the wards in their scope. */
@QuarkusTest
class RollupSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void leadersHearOfTheirOwnWardsChangesAndDevicesAreRefused() throws Exception {
        assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base).path("/ws/rollup")
                .connectAndAwait(), "not signed in");
        assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base).path("/ws/rollup")
                .addHeader("Cookie", "hb_device=" + TestAuth.device("ward-21", "display")).connectAndAwait(),
                "a wall screen");
        BlockingQueue<JsonNode> trust = new LinkedBlockingQueue<>();
        BlockingQueue<JsonNode> medicine = new LinkedBlockingQueue<>();
        WebSocketClientConnection executive = connect("executive", trust);
        WebSocketClientConnection manager = connect("manager", medicine);
        try {
            assertEquals("ready", trust.poll(5, TimeUnit.SECONDS).get("type").asText());
            assertEquals("ready", medicine.poll(5, TimeUnit.SECONDS).get("type").asText());
            TestApi.putEntry("ward-21", "agency-shifts", "2026-01-09", "{\"value\": 3}").statusCode(201);
            JsonNode changed = trust.poll(5, TimeUnit.SECONDS);
            assertNotNull(changed);
            assertEquals("changed", changed.get("type").asText());
            assertEquals("ward-21", changed.get("ward").asText());
            assertNull(changed.get("change"), "which ward, not what: the page re-reads what it may see");
            assertNull(medicine.poll(1, TimeUnit.SECONDS), "surgery's ward is outside the medicine manager's scope");
        } finally {
            executive.closeAndAwait();
            manager.closeAndAwait();
        }
    }

    private WebSocketClientConnection connect(String who, BlockingQueue<JsonNode> into) {
        return BasicWebSocketConnector.create().baseUri(base).path("/ws/rollup")
                .addHeader("Cookie", "hb_session=" + TestAuth.session(who))
                .onTextMessage((conn, text) -> {
                    try {
                        into.add(JSON.readTree(text));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).connectAndAwait();
    }
}
