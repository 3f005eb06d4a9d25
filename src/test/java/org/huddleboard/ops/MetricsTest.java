package org.huddleboard.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;

/** The Prometheus metrics the operations team scrapes follow what the server does. */
@QuarkusTest
class MetricsTest {

    private static final String WARD = "ward-21";

    @TestHTTPResource("/")
    URI base;

    @Test
    void connectedScreensMessagesSentAndWriteLatencyFollowTheServer() throws Exception {
        double screens = metric("huddle_live_wall_screens");
        double boards = metric("huddle_live_connections\\{channel=\"board\"");
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocketClientConnection wall = BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/" + WARD)
                .addHeader("Cookie", "hb_device=" + TestAuth.device(WARD, "display"))
                .onTextMessage((c, text) -> messages.add(text)).connectAndAwait();
        try {
            assertNotNull(messages.poll(5, TimeUnit.SECONDS), "the wall's snapshot");
            assertEquals(screens + 1, metric("huddle_live_wall_screens"), "one more wall screen connected");
            assertEquals(boards + 1, metric("huddle_live_connections\\{channel=\"board\""));

            double sent = metric("huddle_live_messages_sent_total");
            double writes = metric("huddle_write_latency_seconds_count\\{operation=\"EntryResource.put\",outcome=\"2xx\"");
            TestApi.putEntry(WARD, "agency-shifts", "2026-01-07", "{\"value\": 2}").statusCode(201);
            assertNotNull(messages.poll(5, TimeUnit.SECONDS), "the change on the wall");
            assertTrue(metric("huddle_live_messages_sent_total") >= sent + 1, "the change counted as sent");
            assertEquals(writes + 1,
                    metric("huddle_write_latency_seconds_count\\{operation=\"EntryResource.put\",outcome=\"2xx\""));
            String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(text.contains("huddle_write_latency_seconds_bucket{operation=\"EntryResource.put\",outcome=\"2xx\""),
                    "a histogram, so Prometheus can take a p99");
        } finally {
            wall.closeAndAwait();
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (metric("huddle_live_wall_screens") != screens && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(screens, metric("huddle_live_wall_screens"), "and one fewer once it closed");
    }

    /** A sample's value from /q/metrics, 0 if it is not there yet. */
    private static double metric(String prefix) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + prefix + "[^ ]* ([0-9.eE+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
