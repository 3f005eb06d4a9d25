package org.huddleboard.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.huddleboard.TestDatabase;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Behind the trust's reverse proxy, named in {@code quarkus.http.proxy.trusted-proxies}: the
 * proxy's forwarded scheme, host and client address count, a direct client's do not.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.ProxyAtLoopback.class)
class BehindProxyTest {

    /** The proxy is 127.0.0.1, where the tests connect from; 127.0.0.2 is a client that went round it. */
    public static class ProxyAtLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "quarkus.datasource.jdbc.url", TestDatabase.url("behind-proxy"));
        }
    }

    private static final String SITE = "https://huddle.trust.example";

    @TestHTTPResource("/")
    URI base;

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecure() {
        signIn(RestAssured.given().header("X-Forwarded-Proto", "https"))
                .header("Set-Cookie", containsString("Secure"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"));
        // The same header from a client that did not come through the proxy is ignored.
        signIn(TestAuth.from("127.0.0.2").header("X-Forwarded-Proto", "https"))
                .header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void theSiteIsWhereTheProxySaysForWritesAndLiveBoardsAlike() {
        proxied(TestAuth.as("admin")).header("Origin", SITE).contentType(ContentType.JSON)
                .body(person("proxied.lead")).post("/api/people").then().statusCode(201);
        proxied(TestAuth.as("admin")).header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(person("evil.lead")).post("/api/people").then().statusCode(403);

        String session = "hb_session=" + TestAuth.session("executive");
        BasicWebSocketConnector.create().baseUri(base).path("/ws/wards/ward-12").addHeader("Cookie", session)
                .addHeader("X-Forwarded-Proto", "https").addHeader("X-Forwarded-Host", "huddle.trust.example")
                .addHeader("Origin", SITE).connectAndAwait().closeAndAwait();
        Exception refused = assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base)
                .path("/ws/wards/ward-12").addHeader("Cookie", session).addHeader("X-Forwarded-Proto", "https")
                .addHeader("X-Forwarded-Host", "huddle.trust.example").addHeader("Origin", "https://evil.example")
                .connectAndAwait());
        assertTrue(String.valueOf(refused.getMessage()).contains("403"), refused.getMessage());
    }

    @Test
    void aDirectClientCannotClaimToBeTheSite() {
        TestAuth.from("127.0.0.2").cookie("hb_session", TestAuth.session("admin"))
                .header("X-Forwarded-Host", "evil.example").header("Origin", "http://evil.example")
                .contentType(ContentType.JSON).body(person("direct.lead")).post("/api/people").then()
                .statusCode(403);
    }

    @Test
    void pairingCodesAreCountedByTheAddressTheProxyForwardedFor() {
        int shown = 0;
        for (int i = 0; i < PairingService.MAX_WAITING_PER_SOURCE + 5; i++) {
            int status = RestAssured.given().header("X-Forwarded-For", "203.0.113.50").redirects().follow(false)
                    .get("/pair").statusCode();
            shown += status == 200 ? 1 : 0;
        }
        assertEquals(PairingService.MAX_WAITING_PER_SOURCE, shown);
        RestAssured.given().header("X-Forwarded-For", "198.51.100.70").get("/pair").then().statusCode(200)
                .body(containsString("pair-code"));
    }

    private static RequestSpecification proxied(RequestSpecification request) {
        return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "huddle.trust.example");
    }

    private static io.restassured.response.ValidatableResponse signIn(RequestSpecification request) {
        return request.redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "executive").formParam("password", "executive-demo-2026")
                .post("/sign-in").then().statusCode(303);
    }

    private static Map<String, Object> person(String username) {
        return Map.of("username", username, "displayName", username, "password", "a-long-password", "role", "lead");
    }
}
