package org.huddleboard;

import static io.restassured.RestAssured.given;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Signs in the demo people and pairs devices through the real endpoints, once per test run,
 * and hands out request specifications carrying their cookies.
 */
public final class TestAuth {

    public static final Map<String, String> PASSWORDS = Map.of("lead", "lead-demo-2026", "manager",
            "manager-demo-2026", "executive", "executive-demo-2026", "admin", "admin-demo-2026");

    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, String> DEVICES = new ConcurrentHashMap<>();

    private TestAuth() {
    }

    /** A demo person: lead (ward-12, ward-14), manager (Medicine), executive or admin. */
    public static RequestSpecification as(String username) {
        return given().cookie("hb_session", session(username));
    }

    /**
     * A request from another computer: the connection starts from this loopback address
     * (127.x.y.z), so per-source limits see a different client.
     */
    public static RequestSpecification from(String loopbackAddress) {
        try {
            return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", InetAddress.getByName(loopbackAddress))));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }

    /** A wall screen of the ward. */
    public static RequestSpecification asDisplay(String ward) {
        return given().cookie("hb_device", device(ward, "display"));
    }

    /** A ward tablet of the ward. */
    public static RequestSpecification asTablet(String ward) {
        return given().cookie("hb_device", device(ward, "ward"));
    }

    public static String session(String username) {
        return SESSIONS.computeIfAbsent(database() + " " + username, k -> signIn(username, PASSWORDS.get(username)));
    }

    public static String device(String ward, String role) {
        return DEVICES.computeIfAbsent(database() + " " + ward + "/" + role, k -> pair(ward, role, role + " of " + ward));
    }

    /** Sessions and devices live in a test profile's own database: one cache per database. */
    private static String database() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
    }

    public static String signIn(String username, String password) {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .when().post("/sign-in");
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + username + " gave " + r.statusCode());
        }
        return r.cookie("hb_session");
    }

    /** Runs the whole pairing as a device and an admin would, and returns the device's token. */
    public static String pair(String ward, String role, String name) {
        Waiting waiting = startPairing();
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("code", waiting.code(), "ward", ward, "role", role, "name", name))
                .when().post("/api/devices").then().statusCode(201);
        return collect(waiting);
    }

    public record Waiting(String code, String claimCookie) {
    }

    public static Waiting startPairing() {
        Response page = given().redirects().follow(false).when().get("/pair");
        String code = page.htmlPath().getString("**.find { it.@class == 'pair-code' }").replace(" ", "");
        return new Waiting(code, page.cookie("hb_pairing"));
    }

    public static String collect(Waiting waiting) {
        Response r = given().redirects().follow(false).cookie("hb_pairing", waiting.claimCookie())
                .when().get("/pair");
        if (r.statusCode() != 303 || r.cookie("hb_device") == null) {
            throw new IllegalStateException("pairing was not collected: " + r.statusCode());
        }
        return r.cookie("hb_device");
    }
}
