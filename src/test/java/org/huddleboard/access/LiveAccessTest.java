package org.huddleboard.access;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Role and scope at the WebSocket handshake, and revocation of a connected device. */
@QuarkusTest
class LiveAccessTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void noCookieNoConnection() {
        assertRefused(null, "ward-12", "401");
    }

    @Test
    void aDeviceConnectsToItsOwnWardOnly() {
        String display = TestAuth.device("ward-12", "display");
        connect("hb_device=" + display, "ward-12", new LinkedBlockingQueue<>()).closeAndAwait();
        assertRefused("hb_device=" + display, "ward-14", "403");
        assertRefused("hb_device=" + TestAuth.device("ward-12", "ward"), "ward-21", "403");
    }

    @Test
    void managerConnectsWithinTheirCsuOnly() {
        String manager = "hb_session=" + TestAuth.session("manager");
        connect(manager, "ward-14", new LinkedBlockingQueue<>()).closeAndAwait();
        assertRefused(manager, "ward-21", "403");
    }

    @Test
    void revokingADeviceClosesItsLiveBoardAtOnceAndItsTokenStopsWorking() throws Exception {
        String token = TestAuth.pair("ward-33", "display", "Screen to revoke");
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        WebSocketClientConnection connection = BasicWebSocketConnector.create().baseUri(base)
                .path("/ws/wards/ward-33").addHeader("Cookie", "hb_device=" + token)
                .onClose((c, reason) -> closed.add(reason)).connectAndAwait();
        assertTrue(connection.isOpen());

        int id = as("admin").get("/api/devices").then().statusCode(200).extract()
                .path("find { it.name == 'Screen to revoke' }.id");
        as("admin").delete("/api/devices/" + id).then().statusCode(204);

        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "the open live board was closed");
        assertEquals(4401, reason.getCode());
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-33/board").then().statusCode(401);
        RestAssured.given().cookie("hb_device", token).redirects().follow(false).get("/wards/ward-33/board").then()
                .statusCode(302);
        assertRefused("hb_device=" + token, "ward-33", "401");
    }

    @Test
    void signingOutClosesThatPersonsLiveBoards() throws Exception {
        String session = TestAuth.signIn("executive", TestAuth.PASSWORDS.get("executive"));
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/ward-43")
                .addHeader("Cookie", "hb_session=" + session)
                .onClose((c, reason) -> closed.add(reason)).connectAndAwait();
        RestAssured.given().cookie("hb_session", session).redirects().follow(false).post("/sign-out").then()
                .statusCode(303);
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "the live board closed on sign-out");
        assertEquals(4401, reason.getCode());
    }

    @Test
    void signingOutOneSessionLeavesThatPersonsOtherLiveBoardsOpen() throws Exception {
        String office = TestAuth.signIn("executive", TestAuth.PASSWORDS.get("executive"));
        String wardPc = TestAuth.signIn("executive", TestAuth.PASSWORDS.get("executive"));
        BlockingQueue<CloseReason> officeClosed = new LinkedBlockingQueue<>();
        BlockingQueue<CloseReason> wardPcClosed = new LinkedBlockingQueue<>();
        BlockingQueue<String> wardPcHears = new LinkedBlockingQueue<>();
        watch("hb_session=" + office, "ward-21", new LinkedBlockingQueue<>(), officeClosed);
        WebSocketClientConnection stays = watch("hb_session=" + wardPc, "ward-21", wardPcHears, wardPcClosed);
        try {
            assertNotNull(wardPcHears.poll(5, TimeUnit.SECONDS), "snapshot");
            RestAssured.given().cookie("hb_session", office).redirects().follow(false).post("/sign-out").then()
                    .statusCode(303);
            CloseReason reason = officeClosed.poll(5, TimeUnit.SECONDS);
            assertNotNull(reason, "the signed-out session's board closed");
            assertEquals(4401, reason.getCode());

            TestApi.putEntry("ward-21", "agency-shifts", "2026-03-04", "{\"value\": 3}")
                    .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(201))
                            .or(org.hamcrest.Matchers.is(200)));
            assertTrue(poll(wardPcHears, "changed"), "the other session's board still hears changes");
            assertNull(wardPcClosed.poll(200, TimeUnit.MILLISECONDS), "and stays open");
            assertTrue(stays.isOpen());
        } finally {
            stays.closeAndAwait();
        }
    }

    @Test
    void aLeadMovedToAnotherWardStopsHearingTheOldOne() throws Exception {
        String session = person("mover", "lead", List.of("ward-12"), List.of());
        BlockingQueue<String> hears = new LinkedBlockingQueue<>();
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        watch("hb_session=" + session, "ward-12", hears, closed);
        assertTrue(poll(hears, "snapshot"));

        as("admin").contentType(ContentType.JSON).body(Map.of("wards", List.of("ward-21")))
                .put("/api/people/mover").then().statusCode(200);
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "the old ward's live board closed when the lead moved");
        assertEquals(4401, reason.getCode());
        TestApi.putEntry("ward-12", "falls", "2026-03-05", "{\"value\": 1}")
                .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(201))
                        .or(org.hamcrest.Matchers.is(200)));
        assertFalse(poll(hears, "changed"), "no ward-12 change reaches them");
        // Reloading gets them the ward they lead now, and not the old one.
        assertRefused("hb_session=" + session, "ward-12", "403");
        connect("hb_session=" + session, "ward-21", new LinkedBlockingQueue<>()).closeAndAwait();
    }

    @Test
    void aRoleChangeClosesTheirLiveBoardsButANameChangeDoesNot() throws Exception {
        String session = person("promoted", "executive", List.of(), List.of());
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        watch("hb_session=" + session, "ward-43", new LinkedBlockingQueue<>(), closed);

        as("admin").contentType(ContentType.JSON).body(Map.of("displayName", "Promoted Person"))
                .put("/api/people/promoted").then().statusCode(200);
        assertNull(closed.poll(1, TimeUnit.SECONDS), "a new display name changes nobody's scope");

        as("admin").contentType(ContentType.JSON).body(Map.of("role", "manager", "csus", List.of("surgery")))
                .put("/api/people/promoted").then().statusCode(200);
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "a new role closes the live board, to be opened again under the new scope");
        assertEquals(4401, reason.getCode());
    }

    @Test
    void aResyncIsReadWithTheScopeAsItIsNow() throws Exception {
        String session = person("resyncer", "lead", List.of("ward-12"), List.of());
        BlockingQueue<String> hears = new LinkedBlockingQueue<>();
        BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        WebSocketClientConnection c = watch("hb_session=" + session, "ward-12", hears, closed);
        assertTrue(poll(hears, "snapshot"));
        c.sendTextAndAwait("{\"type\":\"resync\"}");
        assertTrue(poll(hears, "snapshot"), "while they lead ward-12 a resync answers with its board");

        // Changed without this server's notice (another server of a larger install, or by hand).
        QuarkusTransaction.requiringNew().run(() -> Person.findByUsername("resyncer").orElseThrow().wards =
                new HashSet<>(Set.of(Ward.findByCode("ward-21").orElseThrow())));
        c.sendTextAndAwait("{\"type\":\"resync\"}");
        CloseReason reason = closed.poll(5, TimeUnit.SECONDS);
        assertNotNull(reason, "the resync found they no longer lead ward-12 and closed the board");
        assertEquals(4401, reason.getCode());
        assertFalse(hears.stream().anyMatch(m -> m.contains("\"snapshot\"")), "no ward-12 snapshot: " + hears);
    }

    @Test
    void aHandshakeFromAnotherSiteIsRefused() {
        Exception refused = assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base)
                .path("/ws/wards/ward-12").addHeader("Cookie", "hb_session=" + TestAuth.session("executive"))
                .addHeader("Origin", "https://evil.example").connectAndAwait());
        assertTrue(String.valueOf(refused.getMessage()).contains("403"), refused.getMessage());
    }

    private WebSocketClientConnection connect(String cookie, String ward, BlockingQueue<String> into) {
        BasicWebSocketConnector connector = BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/" + ward)
                .onTextMessage((c, text) -> into.add(text));
        if (cookie != null) {
            connector.addHeader("Cookie", cookie);
        }
        return connector.connectAndAwait();
    }

    private WebSocketClientConnection watch(String cookie, String ward, BlockingQueue<String> hears,
            BlockingQueue<CloseReason> closed) {
        return BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/" + ward).addHeader("Cookie", cookie)
                .onTextMessage((c, text) -> hears.add(text)).onClose((c, reason) -> closed.add(reason))
                .connectAndAwait();
    }

    /** Whether a message of this type arrives within two seconds (earlier messages of other types are dropped). */
    private static boolean poll(BlockingQueue<String> hears, String type) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (String m; (m = hears.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null;) {
            if (m.contains("\"type\":\"" + type + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** A new person of this role and scope, signed in; the session token. */
    private static String person(String username, String role, List<String> wards, List<String> csus) {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", username, "displayName", username,
                "password", "a-long-password", "role", role, "wards", wards, "csus", csus))
                .post("/api/people").then().statusCode(201);
        return TestAuth.signIn(username, "a-long-password");
    }

    private void assertRefused(String cookie, String ward, String status) {
        Exception refused = assertThrows(Exception.class, () -> connect(cookie, ward, new LinkedBlockingQueue<>()));
        assertTrue(String.valueOf(refused.getMessage()).contains(status), refused.getMessage());
    }
}
