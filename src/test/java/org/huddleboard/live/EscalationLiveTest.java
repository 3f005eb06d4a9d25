package org.huddleboard.live;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestAuth;
import org.huddleboard.escalation.Escalations;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The manager view's own live channel: an escalation change reaches the ward's boards and the
 * channels of the leaders who may see that ward, and nobody else's; the handshake checks the
 * viewer, and the channel closes when their access ends.
 */
@QuarkusTest
class EscalationLiveTest {

    private static final String WARD_A = "ward-12"; // medicine
    private static final String WARD_B = "ward-14"; // medicine too: another ward of the same CSU

    @TestHTTPResource("/")
    URI base;

    @Test
    void aNewEscalationReachesItsWardsBoardAndItsManagersChannelAndNobodyElses() throws Exception {
        String surgeryManager = "hb_session=" + person("surgery-manager-" + System.nanoTime() % 100000, "manager",
                List.of(), List.of("surgery"));
        String leadOfWard21 = "hb_session=" + person("lead-21-" + System.nanoTime() % 100000, "lead",
                List.of("ward-21"), List.of());
        try (LiveClient boardA = LiveClient.open(base, "/ws/wards/" + WARD_A, "hb_device=" + TestAuth.device(WARD_A, "ward"));
                LiveClient boardB = LiveClient.open(base, "/ws/wards/" + WARD_B + "?format=html",
                        "hb_device=" + TestAuth.device(WARD_B, "display"));
                LiveClient manager = LiveClient.open(base, "/ws/escalations", "hb_session=" + TestAuth.session("manager"));
                LiveClient executive = LiveClient.open(base, "/ws/escalations",
                        "hb_session=" + TestAuth.session("executive"));
                LiveClient otherManager = LiveClient.open(base, "/ws/escalations", surgeryManager);
                LiveClient otherLead = LiveClient.open(base, "/ws/escalations", leadOfWard21)) {
            long versionA = boardA.next(10).get("version").asLong();
            assertEquals("snapshot", boardB.next(10).get("type").asText());
            for (LiveClient channel : List.of(manager, executive, otherManager, otherLead)) {
                assertEquals("ready", channel.next(10).get("type").asText(), "the channel says it is open");
            }

            long id = Escalations.raise(WARD_A, "Live escalation");

            JsonNode onBoard = boardA.next(10);
            assertNotNull(onBoard, "ward A's board hears it");
            assertEquals("escalation", onBoard.get("kind").asText());
            assertEquals(versionA + 1, onBoard.get("version").asLong());
            for (LiveClient channel : List.of(manager, executive)) {
                JsonNode m = channel.next(10);
                assertNotNull(m, "the leaders of ward A hear it");
                assertEquals("changed", m.get("type").asText());
                assertEquals("escalation", m.get("kind").asText());
                assertEquals(WARD_A, m.get("ward").asText());
                assertEquals(versionA + 1, m.get("version").asLong(), "the ward's board version");
                assertEquals(id, m.at("/change/id").asLong());
                assertEquals("Live escalation", m.at("/change/title").asText());
                assertEquals("medicine", m.at("/change/csu").asText());
                assertTrue(m.get("change").path("allowedActions").isMissingNode(),
                        "what each viewer may do is not in a shared message");
            }
            assertNull(boardB.next(1), "another ward's board hears nothing");
            assertNull(otherManager.next(1), "another CSU's manager hears nothing");
            assertNull(otherLead.next(1), "a lead of another ward hears nothing");

            // The manager's answer travels the same way, in the ward's version order.
            Escalations.act(as("manager"), as("manager"), id, "acknowledge", null).statusCode(200);
            Escalations.act(as("manager"), as("manager"), id, "resolve", "Bank nurse booked").statusCode(200);
            JsonNode ack = manager.next(10);
            JsonNode resolved = manager.next(10);
            assertEquals(versionA + 2, ack.get("version").asLong());
            assertEquals("ACKNOWLEDGED", ack.at("/change/state").asText());
            assertEquals(versionA + 3, resolved.get("version").asLong());
            assertEquals("RESOLVED", resolved.at("/change/state").asText());
            assertEquals("Bank nurse booked", resolved.at("/change/answer").asText());
            assertNull(otherManager.next(1), "still nothing for another CSU");

            // A surgery escalation reaches the surgery manager, and not the medicine manager.
            long surgery = Escalations.raise("ward-21", "Surgery live escalation");
            JsonNode theirs = otherManager.next(10);
            assertNotNull(theirs);
            assertEquals(surgery, theirs.at("/change/id").asLong());
            assertEquals(surgery, otherLead.next(10).at("/change/id").asLong(), "the lead of that ward");
            // The executive heard the acknowledgement and the answer on ward A first, in order.
            assertEquals("ACKNOWLEDGED", executive.next(10).at("/change/state").asText());
            assertEquals("RESOLVED", executive.next(10).at("/change/state").asText());
            assertEquals(surgery, executive.next(10).at("/change/id").asLong(), "and the trust's every ward");
            assertNull(manager.next(1), "ward-21 is not the medicine manager's");
        }
    }

    @Test
    void aPingIsAnsweredAndAnUnknownMessageGetsAnError() throws Exception {
        try (LiveClient c = LiveClient.open(base, "/ws/escalations", "hb_session=" + TestAuth.session("lead"))) {
            assertEquals("ready", c.next(10).get("type").asText());
            c.send("{\"type\":\"ping\"}");
            assertEquals("pong", c.next(10).get("type").asText());
            c.send("{\"type\":\"resync\"}");
            assertEquals("error", c.next(10).get("type").asText());
            c.send("not json");
            assertEquals("error", c.next(10).get("type").asText());
        }
    }

    @Test
    void theHandshakeWantsALeaderFromOurOwnPages() {
        assertRefused(null, null, "401");
        assertRefused("hb_device=" + TestAuth.device(WARD_A, "ward"), null, "403");
        assertRefused("hb_device=" + TestAuth.device(WARD_A, "display"), null, "403");
        assertRefused("hb_session=" + TestAuth.session("manager"), "https://evil.example", "403");
    }

    @Test
    void signingOutClosesTheManagersChannel() throws Exception {
        String session = TestAuth.signIn("manager", TestAuth.PASSWORDS.get("manager"));
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        BasicWebSocketConnector.create().baseUri(base).path("/ws/escalations").addHeader("Cookie", "hb_session=" + session)
                .onClose((c, reason) -> closed.add(reason)).connectAndAwait();
        RestAssured.given().cookie("hb_session", session).redirects().follow(false).post("/sign-out").then()
                .statusCode(303);
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "the channel closed on sign-out");
        assertEquals(4401, reason.getCode());
        assertRefused("hb_session=" + session, null, "401");
    }

    @Test
    void aManagerMovedToAnotherCsuIsClosedAndComesBackWithTheNewScope() throws Exception {
        String name = "moving-manager-" + System.nanoTime() % 100000;
        String session = person(name, "manager", List.of(), List.of("childrens"));
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        BlockingQueue<String> hears = new LinkedBlockingQueue<>();
        BasicWebSocketConnector.create().baseUri(base).path("/ws/escalations").addHeader("Cookie", "hb_session=" + session)
                .onTextMessage((c, text) -> hears.add(text)).onClose((c, reason) -> closed.add(reason))
                .connectAndAwait();
        as("admin").contentType(ContentType.JSON).body(Map.of("csus", List.of("surgery"))).put("/api/people/" + name)
                .then().statusCode(200);
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "a scope change closes the channel");
        assertEquals(4401, reason.getCode());
        hears.clear();
        Escalations.raise("ward-31", "After the move");
        assertNull(hears.poll(1, TimeUnit.SECONDS), "nothing arrives on the closed channel");

        try (LiveClient again = LiveClient.open(base, "/ws/escalations", "hb_session=" + session)) {
            assertEquals("ready", again.next(10).get("type").asText());
            Escalations.raise("ward-31", "Childrens after the move");
            assertNull(again.next(1), "their old CSU is no longer theirs");
            long id = Escalations.raise("ward-23", "Surgery after the move");
            JsonNode m = again.next(10);
            assertNotNull(m);
            assertEquals(id, m.at("/change/id").asLong());
            assertFalse(m.at("/change/ward").asText().startsWith("ward-3"));
        }
    }

    private void assertRefused(String cookie, String origin, String status) {
        Exception refused = assertThrows(Exception.class, () -> {
            BasicWebSocketConnector connector = BasicWebSocketConnector.create().baseUri(base).path("/ws/escalations");
            if (cookie != null) {
                connector.addHeader("Cookie", cookie);
            }
            if (origin != null) {
                connector.addHeader("Origin", origin);
            }
            connector.connectAndAwait();
        });
        assertTrue(String.valueOf(refused.getMessage()).contains(status), refused.getMessage());
    }

    /** A new person of this role and scope, signed in; the session token. */
    private static String person(String username, String role, List<String> wards, List<String> csus) {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", username, "displayName", username,
                "password", "a-long-password", "role", role, "wards", wards, "csus", csus))
                .post("/api/people").then().statusCode(201);
        return TestAuth.signIn(username, "a-long-password");
    }
}
