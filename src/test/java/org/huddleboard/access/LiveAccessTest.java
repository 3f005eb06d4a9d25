package org.huddleboard.access;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.RestAssured;

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

    private void assertRefused(String cookie, String ward, String status) {
        Exception refused = assertThrows(Exception.class, () -> connect(cookie, ward, new LinkedBlockingQueue<>()));
        assertTrue(String.valueOf(refused.getMessage()).contains(status), refused.getMessage());
    }
}
