package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A write sent with an Idempotency-Key runs in the transaction the key opens: the wall still hears
 * of it once it commits, with the next board version; a replay of it is heard of by nobody, and a
 * refused one (rolled back, key and all) is not heard of either.
 */
@QuarkusTest
class IdempotentLiveTest {

    private static final String WARD = "ward-23";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aKeyedChangeIsPushedOnceAndItsReplayNotAtAll() throws Exception {
        String day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(210).toString();
        String key = "live-key-" + System.nanoTime();
        try (LiveClient wall = LiveClient.open(base, "/ws/wards/" + WARD, "hb_device=" + TestAuth.device(WARD, "ward"))) {
            JsonNode snapshot = wall.next(10);
            assertEquals("snapshot", snapshot.get("type").asText());
            long version = snapshot.get("version").asLong();

            put(key, day, "{\"value\": -5}").then().statusCode(400);
            Response first = put(key, day, "{\"value\": 2}");
            assertEquals(201, first.statusCode());
            JsonNode changed = wall.next(10);
            assertNotNull(changed, "the keyed change reaches the wall after it commits");
            assertEquals("changed", changed.get("type").asText());
            assertEquals(version + 1, changed.get("version").asLong(), "the next board version: the refusal took none");
            assertEquals("measure-entry", changed.get("kind").asText());

            Response replayed = put(key, day, "{\"value\": 2}");
            assertEquals("true", replayed.header("Idempotent-Replayed"));
            assertNull(wall.next(2), "a replay changes nothing, so nothing is pushed");
        }
    }

    private static Response put(String key, String day, String body) {
        return TestAuth.asTablet(WARD).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .put("/api/wards/{ward}/measures/staff-sickness/entries/{date}", WARD, day);
    }
}
