package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A change to a ward's setup reaches its open screens at once, as kind "ward-setup". */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class WardSetupLiveTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aWardsNewSettingsReachItsOpenScreen() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String csu = "live-csu-" + suffix;
        String ward = "live-w-" + suffix;
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("code", csu, "name", "Live CSU"))
                .post("/api/csus").then().statusCode(201);
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("code", ward, "name", "Live ward", "csu", csu))
                .post("/api/wards").then().statusCode(201);
        String display = "hb_device=" + TestAuth.pair(ward, "display", "Live setup screen");
        LiveClient api = LiveClient.open(base, "/ws/wards/" + ward, display);
        {
            assertEquals("snapshot", api.next(10).get("type").asText());
            TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("name", "Live ward renamed",
                    "huddleMinutes", 14, "version", 0)).put("/api/wards/" + ward).then().statusCode(200);
            JsonNode changed = api.next(10);
            assertEquals("ward-setup", changed.get("kind").asText(), changed.toString());
            assertEquals("Live ward renamed", changed.at("/change/name").asText());
            assertEquals(14, changed.at("/change/huddleMinutes").asInt());
            TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("version", 1))
                    .post("/api/wards/" + ward + "/retire").then().statusCode(200);
            // Retiring unpairs the ward's screens: the open one is closed, not left on a board nobody keeps.
            for (int i = 0; i < 100 && api.closeCode < 0; i++) {
                Thread.sleep(100);
            }
            assertTrue(api.closeCode > 0, "the retired ward's screen was closed");
            TestAuth.as("admin").get("/api/devices").then().body("name",
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Live setup screen")));
        }
    }
}
