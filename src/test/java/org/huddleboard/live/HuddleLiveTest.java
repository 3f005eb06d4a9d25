package org.huddleboard.live;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.huddle.HuddleFixtures;
import org.huddleboard.huddle.Huddles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A huddle started or ended, an action agreed or done, thanks added or taken down: each reaches
 * a wall page as its own region alone, at the next board version, and API clients as JSON; the
 * board's JSON carries the huddle's status, the open actions and today's thanks.
 */
@QuarkusTest
class HuddleLiveTest {

    private static final String WARD = "ward-33";

    @TestHTTPResource("/")
    URI base;
    @Inject
    HuddleFixtures fixtures;

    private final List<Long> huddles = new ArrayList<>();
    private final List<Long> actions = new ArrayList<>();
    private final List<Long> thanks = new ArrayList<>();

    @AfterEach
    void leaveTheWardAsItWas() {
        Huddles.endAny(WARD);
        fixtures.deleteActions(actions);
        fixtures.deleteThanks(thanks);
        fixtures.deleteHuddles(huddles);
        actions.clear();
        thanks.clear();
        huddles.clear();
    }

    @Test
    void aHuddleStartedAndEndedIsPushedAsTheHuddleRegionAlone() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        Huddles.endAny(WARD); // one at a time: none left running by another test
        try (LiveClient wall = LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display);
                LiveClient api = LiveClient.open(base, "/ws/wards/" + WARD, display)) {
            JsonNode snapshot = wall.next(10);
            assertEquals("snapshot", snapshot.get("type").asText());
            String before = snapshot.at("/regions/huddle").asText();
            assertTrue(before.startsWith("<div id=\"huddle\"") && !before.contains("data-state=\"running\""), before);
            long version = snapshot.get("version").asLong();
            JsonNode json0 = api.next(10);
            assertEquals("snapshot", json0.get("type").asText());
            assertFalse(json0.at("/board/huddle/huddle/inProgress").asBoolean(true), "API clients' snapshot: " + json0);
            assertTrue(json0.at("/board/huddle/actions").isArray() && json0.at("/board/huddle/thanks").isArray(),
                    "with the open actions and today's thanks");

            long id = Huddles.start(WARD, "Sister K", 6, List.of("NURSE_IN_CHARGE", "HCA"));
            huddles.add(id);
            JsonNode started = wall.next(10);
            assertNotNull(started, "the wall page gets the start");
            assertEquals("changed", started.get("type").asText());
            assertEquals("huddle", started.get("kind").asText());
            assertEquals(version + 1, started.get("version").asLong(), "the next board version");
            assertEquals(List.of("huddle"), names(started.get("regions")), "the huddle's status alone");
            String running = started.at("/regions/huddle").asText();
            assertTrue(running.contains("Huddle in progress") && running.contains("data-state=\"running\"")
                    && running.contains("data-target-minutes=\"10\""), running);
            long startedAt = Instant.parse(asTablet(WARD).get("/api/wards/" + WARD + "/huddles/" + id).then()
                    .extract().jsonPath().getString("startedAt")).toEpochMilli();
            assertTrue(running.contains("data-started=\"" + startedAt + "\""),
                    "the timer runs from the start the server recorded: " + running);
            JsonNode json = api.next(10);
            assertEquals("huddle", json.get("kind").asText());
            assertEquals(id, json.at("/change/id").asLong());
            assertTrue(json.at("/change/inProgress").asBoolean());
            assertTrue(json.path("regions").isMissingNode(), "API clients get JSON, no HTML");

            Huddles.endAny(WARD);
            JsonNode ended = wall.next(10);
            assertEquals("huddle", ended.get("kind").asText());
            assertEquals(version + 2, ended.get("version").asLong());
            assertEquals(List.of("huddle"), names(ended.get("regions")));
            String held = ended.at("/regions/huddle").asText();
            assertTrue(held.contains("data-state=\"held\"") && held.contains("Huddle held ")
                    && held.contains(" min</span>"), held);
            assertFalse(held.contains("data-started"), "no timer once it has ended: " + held);
        }
    }

    @Test
    void anActionAgreedAndDoneIsPushedAsTheActionsRegionAlone() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        try (LiveClient wall = LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display)) {
            JsonNode snapshot = wall.next(10);
            assertTrue(snapshot.at("/regions/actions").asText().startsWith("<section id=\"actions\""));
            long version = snapshot.get("version").asLong();

            String due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
            JsonPath made = asTablet(WARD).contentType(ContentType.JSON)
                    .body(Map.of("text", "Chase the hoist repair with estates", "owner", "Sam", "dueDate", due))
                    .post("/api/wards/" + WARD + "/actions").then().statusCode(201).extract().jsonPath();
            long id = made.getLong("id");
            actions.add(id);
            JsonNode added = wall.next(10);
            assertEquals("huddle-action", added.get("kind").asText());
            assertEquals(version + 1, added.get("version").asLong());
            assertEquals(List.of("actions"), names(added.get("regions")), "the actions alone");
            String html = added.at("/regions/actions").asText();
            assertTrue(html.contains("data-id=\"" + id + "\"") && html.contains("Chase the hoist repair with estates")
                    && html.contains(">Sam<") && html.contains("due "), html);

            asTablet(WARD).contentType(ContentType.JSON).body(Map.of("version", made.getInt("version")))
                    .post("/api/wards/" + WARD + "/actions/" + id + "/done").then().statusCode(200);
            JsonNode done = wall.next(10);
            assertEquals("huddle-action", done.get("kind").asText());
            assertEquals(version + 2, done.get("version").asLong());
            assertEquals(List.of("actions"), names(done.get("regions")));
            assertFalse(done.at("/regions/actions").asText().contains("data-id=\"" + id + "\""),
                    "done: off the wall");
        }
    }

    @Test
    void thanksAddedAndTakenDownArePushedAsTheThanksRegionAlone() throws Exception {
        String display = "hb_device=" + TestAuth.device(WARD, "display");
        try (LiveClient wall = LiveClient.open(base, "/ws/wards/" + WARD + "?format=html", display)) {
            long version = wall.next(10).get("version").asLong();

            long id = asTablet(WARD).contentType(ContentType.JSON)
                    .body(Map.of("text", "Thank you to the night team for the extra admissions", "by", "Sister K"))
                    .post("/api/wards/" + WARD + "/thanks").then().statusCode(201).extract().jsonPath().getLong("id");
            thanks.add(id);
            JsonNode added = wall.next(10);
            assertEquals("thanks", added.get("kind").asText());
            assertEquals(version + 1, added.get("version").asLong());
            assertEquals(List.of("thanks"), names(added.get("regions")), "the thanks alone");
            String html = added.at("/regions/thanks").asText();
            assertTrue(html.startsWith("<section id=\"thanks\"")
                    && html.contains("Thank you to the night team for the extra admissions"), html);

            asTablet(WARD).delete("/api/wards/" + WARD + "/thanks/" + id).then().statusCode(204);
            JsonNode removed = wall.next(10);
            assertEquals("thanks", removed.get("kind").asText());
            assertEquals(List.of("thanks"), names(removed.get("regions")));
            assertFalse(removed.at("/regions/thanks").asText().contains("night team"), "taken down from the wall");
        }
    }

    @Test
    void theBoardJsonCarriesTheHuddleActionsAndThanks() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        actions.add(fixtures.action(WARD, "Order more hoist slings", "Sr M", today.minusDays(1), today.minusDays(4)));
        thanks.add(fixtures.thanks(WARD, "Thirty days without a fall", "Sister K", today));
        Huddles.endAny(WARD);
        long id = Huddles.start(WARD, "Sister K", 7, List.of("NURSE_IN_CHARGE"));
        huddles.add(id);
        JsonPath board = as("executive").get("/api/wards/" + WARD + "/board").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(board.getBoolean("huddle.huddle.inProgress"));
        assertTrue(board.getBoolean("huddle.huddle.heldToday"));
        assertEquals(id, board.getLong("huddle.huddle.huddleId"));
        assertEquals(10, board.getInt("huddle.huddle.targetMinutes"));
        assertEquals("Order more hoist slings", board.getString("huddle.actions[0].text"));
        assertTrue(board.getBoolean("huddle.actions[0].overdue"));
        assertTrue(board.getBoolean("huddle.actions[0].carriedOver"));
        assertEquals("Thirty days without a fall", board.getString("huddle.thanks[0].text"));
        assertFalse(board.getMap("huddle").containsKey("wallActions"), "what the wall has room for stays off the API");
    }

    /**
     * The wall's clock and timer learn the trust's time from /api/time, as a wall screen asks: the trust's
     * clock (not the HTTP Date header's), never cached.
     */
    @Test
    void theTimeTheWallReadsIsTheTrustsClock() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/time"))
                .header("Cookie", "hb_device=" + TestAuth.device(WARD, "display")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-cache"),
                "never cached: " + response.headers().map());
        JsonPath time = JsonPath.from(response.body());
        Instant server = Instant.ofEpochMilli(time.getLong("now"));
        assertTrue(Duration.between(server, Instant.now()).abs().getSeconds() <= 2, "the trust's time now: " + response.body());
        assertEquals("Europe/London", time.getString("zone"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/London")).toString(), time.getString("today"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
