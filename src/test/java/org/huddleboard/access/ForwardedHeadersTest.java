package org.huddleboard.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.restassured.http.ContentType;

/**
 * With no trusted proxy configured (the default), a client's own X-Forwarded-* and Forwarded
 * headers count for nothing: not for the same-origin checks, not for Secure cookies, not for
 * the address per-source limits count by.
 */
@QuarkusTest
class ForwardedHeadersTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aForgedForwardedHostDoesNotPassTheSameOriginCheck() {
        Map<String, String> admin = Map.of("username", "forged.admin", "displayName", "Forged", "password",
                "a-long-password", "role", "admin");
        as("admin").header("X-Forwarded-Host", "evil.example").header("Origin", "http://evil.example")
                .contentType(ContentType.JSON).body(admin).post("/api/people").then().statusCode(403);
        as("admin").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Origin", "https://evil.example")
                .contentType(ContentType.JSON).body(admin).post("/api/people").then().statusCode(403);
        as("admin").header("Forwarded", "host=evil.example;proto=http").header("Origin", "http://evil.example")
                .contentType(ContentType.JSON).body(admin).post("/api/people").then().statusCode(403);
        as("admin").get("/api/people").then().statusCode(200).body("username", not(org.hamcrest.Matchers
                .hasItem("forged.admin")));
    }

    @Test
    void aForgedForwardedProtoDoesNotMakeCookiesSecure() {
        TestAuth.from("127.0.0.9").redirects().follow(false).contentType(ContentType.URLENC)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Ssl", "on")
                .formParam("username", "executive").formParam("password", "executive-demo-2026")
                .post("/sign-in").then().statusCode(303)
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void aForgedForwardedHostDoesNotOpenALiveBoardFromAnotherSite() {
        Exception refused = assertThrows(Exception.class, () -> BasicWebSocketConnector.create().baseUri(base)
                .path("/ws/wards/ward-12").addHeader("Cookie", "hb_session=" + TestAuth.session("executive"))
                .addHeader("X-Forwarded-Host", "evil.example").addHeader("Origin", "http://evil.example")
                .connectAndAwait());
        assertTrue(String.valueOf(refused.getMessage()).contains("403"), refused.getMessage());
    }

    @Test
    void aForgedForwardedForDoesNotDodgeTheSignInSlowDown() {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "spoofed", "displayName", "Spoofed",
                "password", "a-long-password", "role", "executive")).post("/api/people").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            guess("203.0.113." + i).statusCode(401);
        }
        guess("198.51.100.1").statusCode(429);
    }

    private static io.restassured.response.ValidatableResponse guess(String claimedAddress) {
        return TestAuth.from("127.0.0.10").redirects().follow(false).contentType(ContentType.URLENC)
                .header("X-Forwarded-For", claimedAddress).formParam("username", "spoofed")
                .formParam("password", "a-guess").post("/sign-in").then();
    }
}
