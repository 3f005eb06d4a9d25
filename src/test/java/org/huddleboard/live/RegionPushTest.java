package org.huddleboard.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.board.BoardRegions;
import org.huddleboard.escalation.EscalationFixtures;
import org.huddleboard.escalation.Escalations;
import org.huddleboard.idea.IdeaFixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Wall pages get the changed part of the board, rendered once for all of them: a screen never
 * asks the server for the board after a change, and more screens cost no more rendering.
 */
@QuarkusTest
class RegionPushTest {

    private static final String WARD = "ward-33";

    @TestHTTPResource("/")
    URI base;
    @Inject
    BoardRegions regions;
    @Inject
    IdeaFixtures ideas;
    @Inject
    EscalationFixtures escalations;

    @Test
    void aChangeIsRenderedOnceAndPushedToEveryWallPage() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        TestAuth.device(WARD, "ward");
        List<LiveClient> walls = new ArrayList<>();
        try (LiveClient api = LiveClient.open(base, "/ws/wards/" + WARD, display)) {
            for (int i = 0; i < 5; i++) {
                walls.add(LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display));
            }
            for (LiveClient wall : walls) {
                JsonNode snapshot = wall.next(10);
                assertEquals("snapshot", snapshot.get("type").asText());
                assertTrue(snapshot.at("/regions/measures").asText().contains("data-measure=\"obs-on-time\""),
                        "the snapshot carries the rendered board");
                assertTrue(snapshot.at("/regions/measures").asText().contains("Safety cross"),
                        "the safety crosses are part of the measures region");
                assertTrue(snapshot.at("/regions/ideas").asText().startsWith("<section id=\"ideas\""));
                assertTrue(snapshot.at("/regions/escalations").asText().startsWith("<section id=\"escalations\""));
                assertTrue(snapshot.path("board").isMissingNode(), "no JSON board for a wall page");
            }
            assertEquals("snapshot", api.next(10).get("type").asText());

            long before = regions.renderCount();
            TestApi.putEntry(WARD, "obs-on-time", "2025-06-02", "{\"value\": 87}").statusCode(201);
            for (LiveClient wall : walls) {
                JsonNode changed = wall.next(10);
                assertNotNull(changed, "every wall page gets the change");
                assertEquals("changed", changed.get("type").asText());
                assertEquals("measure-entry", changed.get("kind").asText());
                assertEquals(List.of("measures"), names(changed.get("regions")),
                        "only the measures changed, not the safety cross or the ideas");
                assertTrue(changed.at("/regions/measures").asText().startsWith("<section id=\"measures\""));
            }
            JsonNode json = api.next(10);
            assertEquals("obs-on-time", json.at("/change/measure").asText());
            assertTrue(json.path("regions").isMissingNode(), "API clients get JSON, no HTML");
            long afterOne = regions.renderCount();
            System.out.printf("[RegionPushTest] non-harm change, 5 wall pages: %d region rendering(s)%n",
                    afterOne - before);
            assertEquals(1, afterOne - before, "one rendering for five wall pages");

            TestApi.putEntry(WARD, "falls", "2025-06-02", "{\"value\": 0}").statusCode(201);
            for (LiveClient wall : walls) {
                JsonNode changed = wall.next(10);
                assertEquals(List.of("measures"), names(changed.get("regions")),
                        "the harm measure's cross is in the measures region; still not the ideas");
            }
            System.out.printf("[RegionPushTest] harm change, 5 wall pages: %d region rendering(s)%n",
                    regions.renderCount() - afterOne);
            assertEquals(1, regions.renderCount() - afterOne, "the measures, with their crosses, once");
            assertFalse(api.next(10).path("change").isMissingNode());
        } finally {
            walls.forEach(LiveClient::close);
        }
    }

    @Test
    void aCardChangeIsPushedAsTheIdeasRegionAloneRenderedOnce() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        List<LiveClient> walls = new ArrayList<>();
        Long id = null;
        try (LiveClient api = LiveClient.open(base, "/ws/wards/" + WARD, display)) {
            joinWalls(walls, 3, display, api);

            long before = regions.renderCount();
            id = ideas.createLive(WARD, "Ward round whiteboard by bay");
            for (LiveClient wall : walls) {
                JsonNode changed = wall.next(10);
                assertNotNull(changed, "every wall page gets the change");
                assertEquals("idea", changed.get("kind").asText());
                assertEquals(List.of("ideas"), names(changed.get("regions")), "the ideas alone, not the measures");
                String html = changed.at("/regions/ideas").asText();
                assertTrue(html.startsWith("<section id=\"ideas\""));
                assertTrue(html.contains("Ward round whiteboard by bay"), "the new card is shown in New: " + html);
            }
            JsonNode json = api.next(10);
            assertEquals("idea", json.get("kind").asText());
            assertEquals("Ward round whiteboard by bay", json.at("/change/title").asText());
            assertTrue(json.path("regions").isMissingNode(), "API clients get JSON, no HTML");
            System.out.printf("[RegionPushTest] card change, 3 wall pages: %d region rendering(s)%n",
                    regions.renderCount() - before);
            assertEquals(1, regions.renderCount() - before, "the ideas region, rendered once for three wall pages");
        } finally {
            walls.forEach(LiveClient::close);
            if (id != null) {
                ideas.delete(List.of(id));
            }
        }
    }

    @Test
    void anEscalationIsPushedAsTheEscalationsRegionAloneRenderedOnce() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        List<LiveClient> walls = new ArrayList<>();
        Long id = null;
        try (LiveClient api = LiveClient.open(base, "/ws/wards/" + WARD, display)) {
            joinWalls(walls, 3, display, api);

            long before = regions.renderCount();
            id = Escalations.raise(WARD, "Cot side broken in bay 2");
            for (LiveClient wall : walls) {
                JsonNode changed = wall.next(10);
                assertNotNull(changed, "every wall page gets the change");
                assertEquals("escalation", changed.get("kind").asText());
                assertEquals(List.of("escalations"), names(changed.get("regions")),
                        "the escalations alone, not the measures, cross or ideas");
                String html = changed.at("/regions/escalations").asText();
                assertTrue(html.startsWith("<section id=\"escalations\""));
                assertTrue(html.contains("Cot side broken in bay 2"), "the new one is in the open list: " + html);
            }
            JsonNode json = api.next(10);
            assertEquals("escalation", json.get("kind").asText());
            assertEquals("Cot side broken in bay 2", json.at("/change/title").asText());
            assertTrue(json.path("regions").isMissingNode(), "API clients get JSON, no HTML");
            System.out.printf("[RegionPushTest] escalation raised, 3 wall pages: %d region rendering(s)%n",
                    regions.renderCount() - before);
            assertEquals(1, regions.renderCount() - before, "the escalations region, rendered once for three wall pages");
        } finally {
            walls.forEach(LiveClient::close);
            if (id != null) {
                escalations.delete(List.of(id));
            }
        }
    }

    /** Opens {@code n} wall pages and takes their snapshots and the API client's. */
    private void joinWalls(List<LiveClient> walls, int n, String display, LiveClient api) throws Exception {
        for (int i = 0; i < n; i++) {
            walls.add(LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display));
        }
        for (LiveClient wall : walls) {
            assertEquals("snapshot", wall.next(10).get("type").asText());
        }
        assertEquals("snapshot", api.next(10).get("type").asText());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
