package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A card change reaches its own ward's live boards with the next board version, and no other ward's. */
@QuarkusTest
class IdeaLiveTest {

    private static final String WARD_A = "ward-41";
    private static final String WARD_B = "ward-43";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aMoveOnOneWardReachesThatWardsSocketsWithTheNextVersionAndNoOtherWards() throws Exception {
        long id = TestAuth.asTablet(WARD_A).contentType(ContentType.JSON).body(Map.of("title", "Live card",
                "problem", "Slow handover", "idea", "Handover at the bedside", "qualityAim", "PATIENT_EXPERIENCE"))
                .post("/api/wards/" + WARD_A + "/ideas").then().statusCode(201).extract().jsonPath().getLong("id");
        String displayA = "hb_device=" + TestAuth.device(WARD_A, "display");
        String tabletA = "hb_device=" + TestAuth.device(WARD_A, "ward");
        String displayB = "hb_device=" + TestAuth.device(WARD_B, "display");
        String executive = "hb_session=" + TestAuth.session("executive");
        TestAuth.device(WARD_B, "ward");
        try (LiveClient wallA = LiveClient.open(base, "/ws/wards/" + WARD_A + "?format=html", displayA);
                LiveClient tabletSocketA = LiveClient.open(base, "/ws/wards/" + WARD_A, tabletA);
                LiveClient wallB = LiveClient.open(base, "/ws/wards/" + WARD_B + "?format=html", displayB);
                LiveClient executiveB = LiveClient.open(base, "/ws/wards/" + WARD_B, executive)) {
            List<LiveClient> onA = List.of(wallA, tabletSocketA);
            long snapshotA = -1;
            for (LiveClient s : onA) {
                JsonNode snapshot = s.next(10);
                assertNotNull(snapshot, "a snapshot on connect");
                assertEquals("snapshot", snapshot.get("type").asText());
                snapshotA = snapshot.get("version").asLong();
            }
            for (LiveClient s : List.of(wallB, executiveB)) {
                assertEquals("snapshot", s.next(10).get("type").asText());
            }

            JsonNode moved = TestAuth.asTablet(WARD_A).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "to", "TESTING", "enteredBy", "RN"))
                    .post("/api/wards/" + WARD_A + "/ideas/" + id + "/moves").then().statusCode(200)
                    .header("X-Board-Version", String.valueOf(snapshotA + 1)).extract().as(JsonNode.class);

            for (LiveClient s : onA) {
                JsonNode changed = s.next(10);
                assertNotNull(changed, "the move reaches every socket of ward A");
                assertEquals("changed", changed.get("type").asText());
                assertEquals(WARD_A, changed.get("ward").asText());
                assertEquals(snapshotA + 1, changed.get("version").asLong(), "exactly the next board version");
                assertEquals("idea", changed.get("kind").asText());
            }
            // The tablet's JSON socket carries the card as the API answered it.
            assertEquals(moved, tabletSocketA.received.get(1).get("change"));
            assertEquals("TESTING", tabletSocketA.received.get(1).at("/change/column").asText());

            // Ward B's sockets hear nothing, not even after ward A's next change.
            TestAuth.asTablet(WARD_A).contentType(ContentType.JSON)
                    .body(Map.of("version", 1, "to", "PARKED", "reason", "Waiting for agency cover"))
                    .post("/api/wards/" + WARD_A + "/ideas/" + id + "/moves").then().statusCode(200);
            assertEquals(snapshotA + 2, tabletSocketA.next(10).get("version").asLong());
            assertEquals(snapshotA + 2, wallA.next(10).get("version").asLong());
            for (LiveClient s : List.of(wallB, executiveB)) {
                assertNull(s.next(1), "ward B gets nothing of ward A's cards");
                assertEquals(1, s.received.size());
            }
        }
    }
}
