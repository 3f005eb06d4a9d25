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
import io.restassured.specification.RequestSpecification;

/** An adoption changes two boards: both wards' sockets hear of it with their own next version, no other ward's. */
@QuarkusTest
class AdoptionLiveTest {

    /** One of the demo lead's wards, which offers the idea. */
    private static final String ORIGIN = "ward-14";
    private static final String ADOPTER = "ward-31";
    private static final String BYSTANDER = "ward-43";

    @TestHTTPResource("/")
    URI base;

    @Test
    void anAdoptionReachesBothWardsSocketsWithTheirNextVersionsAndNoOtherWards() throws Exception {
        long original = create(ORIGIN);
        json(TestAuth.asTablet(ORIGIN)).body(Map.of("version", 0, "to", "TESTING")).post(card(ORIGIN, original)
                + "/moves").then().statusCode(200);
        json(TestAuth.asTablet(ORIGIN)).body(Map.of("version", 1, "to", "IMPLEMENTED", "changeMade",
                "Chairs by every bed", "effect", "Patients sit out for meals")).post(card(ORIGIN, original)
                        + "/moves").then().statusCode(200);
        json(TestAuth.as("lead")).body(Map.of("version", 2, "summary", "More patients sit out for meals"))
                .put(card(ORIGIN, original) + "/offer").then().statusCode(200);

        try (LiveClient wallOrigin = LiveClient.open(base, "/ws/wards/" + ORIGIN + "?format=html",
                "hb_device=" + TestAuth.device(ORIGIN, "display"));
                LiveClient tabletOrigin = LiveClient.open(base, "/ws/wards/" + ORIGIN,
                        "hb_device=" + TestAuth.device(ORIGIN, "ward"));
                LiveClient wallAdopter = LiveClient.open(base, "/ws/wards/" + ADOPTER + "?format=html",
                        "hb_device=" + TestAuth.device(ADOPTER, "display"));
                LiveClient tabletAdopter = LiveClient.open(base, "/ws/wards/" + ADOPTER,
                        "hb_device=" + TestAuth.device(ADOPTER, "ward"));
                LiveClient bystander = LiveClient.open(base, "/ws/wards/" + BYSTANDER,
                        "hb_session=" + TestAuth.session("executive"))) {
            long originSnapshot = snapshotVersion(List.of(wallOrigin, tabletOrigin));
            long adopterSnapshot = snapshotVersion(List.of(wallAdopter, tabletAdopter));
            snapshotVersion(List.of(bystander));

            JsonNode adopted = json(TestAuth.asTablet(ADOPTER)).body(Map.of("from", original))
                    .post("/api/wards/" + ADOPTER + "/ideas/adoptions").then().statusCode(201)
                    .header("X-Board-Version", String.valueOf(adopterSnapshot + 1)).extract().as(JsonNode.class);

            changed(List.of(wallAdopter, tabletAdopter), ADOPTER, adopterSnapshot + 1);
            assertEquals(adopted, tabletAdopter.received.get(1).get("change"), "the new card, as the API answered");

            changed(List.of(wallOrigin, tabletOrigin), ORIGIN, originSnapshot + 1);
            assertEquals(original, tabletOrigin.received.get(1).at("/change/id").asLong(), "the original card");

            assertNull(bystander.next(1), "another ward hears nothing of it");
            for (LiveClient s : List.of(wallOrigin, tabletOrigin, wallAdopter, tabletAdopter)) {
                assertNull(s.next(1), "one change per ward");
            }
        }
    }

    /** Each socket's next message is one idea change of the ward, at exactly that board version. */
    private static void changed(List<LiveClient> sockets, String ward, long version) throws InterruptedException {
        for (LiveClient s : sockets) {
            JsonNode changed = s.next(10);
            assertNotNull(changed, "the adoption reaches every socket of " + ward);
            assertEquals("changed", changed.get("type").asText());
            assertEquals(ward, changed.get("ward").asText());
            assertEquals(version, changed.get("version").asLong(), "the next board version of " + ward);
            assertEquals("idea", changed.get("kind").asText());
        }
    }

    private static long snapshotVersion(List<LiveClient> sockets) throws InterruptedException {
        long version = -1;
        for (LiveClient s : sockets) {
            JsonNode snapshot = s.next(10);
            assertNotNull(snapshot, "a snapshot on connect");
            assertEquals("snapshot", snapshot.get("type").asText());
            version = snapshot.get("version").asLong();
        }
        return version;
    }

    private static long create(String ward) {
        return json(TestAuth.asTablet(ward)).body(Map.of("title", "Chairs for meals", "problem",
                "Patients eat in bed", "idea", "A chair by every bed at lunch", "qualityAim", "PATIENT_EXPERIENCE"))
                .post("/api/wards/" + ward + "/ideas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String card(String ward, long id) {
        return "/api/wards/" + ward + "/ideas/" + id;
    }

    private static RequestSpecification json(RequestSpecification as) {
        return as.contentType(ContentType.JSON);
    }
}
