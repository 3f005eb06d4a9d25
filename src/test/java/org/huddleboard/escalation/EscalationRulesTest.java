package org.huddleboard.escalation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with an escalation, through the API: every action in every state and tier
 * for every kind of caller, allowed or refused with the right status and a message naming what
 * is allowed; and the refusals that come before the table (stale version, missing fields,
 * unknown action, patient data, callers outside the ward's scope, two tablets at once).
 */
@QuarkusTest
class EscalationRulesTest {

    private static final String WARD = "ward-14";
    private static final String TEXT = "Checked at the huddle";

    /** The callers of an escalation on ward-14, one of each kind. */
    enum Caller {
        TABLET, LEAD, MANAGER, EXECUTIVE, DISPLAY, ADMIN;

        RequestSpecification spec() {
            return switch (this) {
                case TABLET -> asTablet(WARD);
                case LEAD -> as("lead");
                case MANAGER -> as("manager");
                case EXECUTIVE -> as("executive");
                case DISPLAY -> asDisplay(WARD);
                case ADMIN -> as("admin");
            };
        }

        /** Their side of an escalation of ward-14 (CSU medicine) at this tier. */
        Side side(int tier) {
            return switch (this) {
                case TABLET, LEAD -> Side.WARD;
                case MANAGER -> tier == 2 ? Side.RECEIVING_TIER : Side.ONLOOKER;
                case EXECUTIVE -> tier == 3 ? Side.RECEIVING_TIER : Side.ONLOOKER;
                case DISPLAY, ADMIN -> Side.READER;
            };
        }
    }

    // --- The table, written out ------------------------------------------------------------------

    /**
     * The table as the issue and the docs state it, at tier 2 (tier 3 is the same less escalate).
     * A change to {@link EscalationAction#allowed} must change this too, deliberately.
     */
    @Test
    void theTableIsTheOneTheDocsDescribe() {
        Map<Side, Map<EscalationState, String>> expected = new EnumMap<>(Side.class);
        expected.put(Side.WARD, Map.of(EscalationState.OPEN, "comment", EscalationState.ACKNOWLEDGED, "comment",
                EscalationState.RESOLVED, "comment reopen close", EscalationState.HANDED_BACK, "comment reopen close",
                EscalationState.CLOSED, "reopen"));
        expected.put(Side.RECEIVING_TIER, Map.of(
                EscalationState.OPEN, "acknowledge comment respond resolve escalate hand-back",
                EscalationState.ACKNOWLEDGED, "comment respond resolve escalate hand-back",
                EscalationState.RESOLVED, "comment", EscalationState.HANDED_BACK, "comment",
                EscalationState.CLOSED, ""));
        expected.put(Side.ONLOOKER, Map.of(EscalationState.OPEN, "comment", EscalationState.ACKNOWLEDGED, "comment",
                EscalationState.RESOLVED, "comment", EscalationState.HANDED_BACK, "comment",
                EscalationState.CLOSED, ""));
        expected.put(Side.READER, Map.of(EscalationState.OPEN, "", EscalationState.ACKNOWLEDGED, "",
                EscalationState.RESOLVED, "", EscalationState.HANDED_BACK, "", EscalationState.CLOSED, ""));
        for (Side side : Side.values()) {
            for (EscalationState state : EscalationState.values()) {
                String tier2 = expected.get(side).get(state);
                assertEquals(tier2, ids(EscalationAction.allowed(state, side, 2)), side + " " + state + " tier 2");
                assertEquals(tier2.replace("escalate ", ""), ids(EscalationAction.allowed(state, side, 3)),
                        side + " " + state + " tier 3");
            }
        }
    }

    // --- Every action, state, tier and caller ---------------------------------------------------

    @Test
    void everyActionInEveryStateForEveryCallerIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (int t = 2; t <= EscalationAction.TOP_TIER; t++) {
            int tier = t;
            for (EscalationState state : EscalationState.values()) {
                long probe = escalationIn(state, tier, "Probe " + state + " tier " + tier);
                // Refusals and comments leave the version as it is.
                int version = Escalations.version(as("admin"), probe);
                for (Caller caller : Caller.values()) {
                    Set<EscalationAction> table = EscalationAction.allowed(state, caller.side(tier), tier);
                    String where = caller + " on " + state + " at tier " + tier;
                    assertEquals(table.stream().map(a -> a.id).toList(), caller.spec().get("/api/escalations/" + probe)
                            .then().statusCode(200).extract().jsonPath().getList("allowedActions"), where);
                    for (EscalationAction action : EscalationAction.values()) {
                        if (table.contains(action)) {
                            // A comment changes nothing but the timeline: the probe takes it; anything else gets
                            // an escalation of its own in that state.
                            long id = action == EscalationAction.COMMENT ? probe
                                    : escalationIn(state, tier, action.id + " by " + caller + " on " + state);
                            JsonPath done = act(caller.spec(), id, action.id, TEXT).extract().jsonPath();
                            assertEquals(action.after(state).name(), done.getString("state"),
                                    where + " " + action.id + ": " + done.prettify());
                            assertEquals(action == EscalationAction.ESCALATE ? tier + 1 : tier, done.getInt("tier"));
                            allowed++;
                        } else {
                            boolean sideEverTakes = Arrays.stream(EscalationState.values())
                                    .anyMatch(s -> EscalationAction.allowed(s, caller.side(tier), tier).contains(action));
                            Response no = post(caller.spec(), probe,
                                    "{\"action\": \"%s\", \"version\": %d, \"text\": \"%s\"}"
                                            .formatted(action.id, version, TEXT)).extract().response();
                            String names = table.isEmpty() ? "nothing"
                                    : table.stream().map(a -> a.id).collect(Collectors.joining(", "));
                            assertEquals(sideEverTakes ? 409 : 403, no.statusCode(),
                                    where + " " + action.id + ": " + no.asString());
                            assertTrue(no.jsonPath().getString("detail").contains("may do " + names),
                                    where + " " + action.id + " names what is allowed: " + no.asString());
                            refused++;
                        }
                    }
                    as("admin").get("/api/escalations/" + probe).then().body("state", equalTo(state.name()))
                            .body("version", is(version));
                }
            }
        }
        System.out.printf("Escalation table over the API: %d actions allowed, %d refused%n", allowed, refused);
        assertTrue(allowed > 50 && refused > 300, allowed + " allowed, " + refused + " refused");
    }

    /** What a user would notice, written out rather than derived from the table. */
    @Test
    void theRefusalsPeopleMeet() {
        long open = escalationIn(EscalationState.OPEN, 2, "Ward cannot acknowledge its own");
        act(asTablet(WARD), open, "acknowledge", null).statusCode(403)
                .body("detail", containsString("the ward may do comment"));
        act(as("lead"), open, "resolve", "Done it ourselves").statusCode(403);
        act(asTablet(WARD), open, "close", null).statusCode(409)
                .body("detail", containsString("may do comment")).body("current.state", equalTo("OPEN"));
        act(as("executive"), open, "resolve", "Not mine to answer").statusCode(403)
                .body("detail", containsString("may do comment"));
        act(asDisplay(WARD), open, "comment", "Wall screens only read").statusCode(403)
                .body("detail", containsString("may do nothing"));
        act(as("admin"), open, "acknowledge", null).statusCode(403).body("detail", containsString("may do nothing"));

        long resolved = escalationIn(EscalationState.RESOLVED, 2, "Manager cannot close");
        act(as("manager"), resolved, "close", null).statusCode(403)
                .body("detail", containsString("the CSU's managers may do comment"));
        act(as("manager"), resolved, "resolve", "Again").statusCode(409)
                .body("detail", containsString("resolved at tier 2")).body("detail", containsString("may do comment"));
        act(as("manager"), resolved, "reopen", "Not for managers").statusCode(403);

        long tier3 = escalationIn(EscalationState.OPEN, 3, "Escalate refused at the top");
        act(as("executive"), tier3, "escalate", "There is no tier 4").statusCode(403)
                .body("detail", containsString("the executives may do acknowledge, comment, respond, resolve, "
                        + "hand-back"));
        act(as("manager"), tier3, "acknowledge", null).statusCode(403)
                .body("detail", containsString("may do comment"));
        act(as("manager"), tier3, "comment", "Still watching this one").statusCode(200);

        long closed = escalationIn(EscalationState.CLOSED, 2, "Closed takes no comments");
        act(as("manager"), closed, "comment", "Too late").statusCode(409)
                .body("detail", containsString("may do nothing"));
        act(asTablet(WARD), closed, "close", null).statusCode(409)
                .body("detail", containsString("the ward may do reopen"));
        act(asTablet(WARD), closed, "reopen", "Short again tonight").statusCode(200)
                .body("state", equalTo("OPEN")).body("closedAt", equalTo(null)).body("resolvedAt", equalTo(null))
                .body("owner", equalTo(null)).body("allowedActions", equalTo(List.of("comment")));
    }

    // --- Refused before the table ---------------------------------------------------------------

    @Test
    void aStaleVersionIsRefusedWithTheEscalationAsItIsNow() {
        long id = Escalations.raise(WARD, "Stale version");
        int loaded = Escalations.version(as("manager"), id);
        act(as("manager"), id, "acknowledge", null).statusCode(200);
        post(as("manager"), id, "{\"action\": \"resolve\", \"version\": %d, \"text\": \"Agency booked\"}"
                .formatted(loaded)).statusCode(409)
                .body("detail", containsString("changed since you loaded it"))
                .body("current.id", is((int) id)).body("current.version", is(loaded + 1))
                .body("current.state", equalTo("ACKNOWLEDGED")).body("current.owner", equalTo("Demo CSU Manager"));
        as("manager").get("/api/escalations/" + id).then().body("state", equalTo("ACKNOWLEDGED"))
                .body("answer", equalTo(null));
    }

    @Test
    void missingFieldsAndUnknownActionsAreRefusedNamingTheField() {
        long id = Escalations.raise(WARD, "Missing fields");
        post(as("manager"), id, "{\"action\": \"acknowledge\"}").statusCode(400)
                .body("errors.field", hasItem("version"));
        int version = Escalations.version(as("manager"), id);
        post(as("manager"), id, "{\"action\": \"resolve\", \"version\": %d}".formatted(version)).statusCode(400)
                .body("errors.field", hasItem("text")).body("errors.reason", hasItem("is required"));
        post(as("manager"), id, "{\"action\": \"resolve\", \"version\": %d, \"text\": \"   \"}".formatted(version))
                .statusCode(400).body("errors.field", hasItem("text"));
        post(as("manager"), id, "{\"action\": \"approve\", \"version\": %d}".formatted(version)).statusCode(400)
                .body("errors.field", hasItem("action"))
                .body("errors.reason", hasItem(containsString("acknowledge, comment, respond, resolve, escalate, "
                        + "hand-back, reopen, close")));
        post(as("manager"), id, "{\"version\": %d}".formatted(version)).statusCode(400)
                .body("errors.field", hasItem("action"));
        post(as("manager"), id, "{\"action\": \"escalate\", \"version\": %d}".formatted(version)).statusCode(400)
                .body("errors.field", hasItem("text"));
        as("manager").get("/api/escalations/" + id).then().body("state", equalTo("OPEN"))
                .body("version", is(version));
    }

    @Test
    void patientIdentifiableTextIsRefused() {
        long id = Escalations.raise(WARD, "NHS number in an answer");
        act(as("manager"), id, "resolve", "Bed 4 patient 943 476 5919 moved").statusCode(422)
                .body("errors.field", hasItem("text"));
        act(asTablet(WARD), id, "comment", "For 943 476 5919").statusCode(422);
        asTablet(WARD).contentType(ContentType.JSON).body("""
                {"title": "Patient 943 476 5919", "detail": "x", "category": "SAFETY", "severity": "URGENT"}""")
                .post("/api/wards/" + WARD + "/escalations").then().statusCode(422)
                .body("errors.field", hasItem("title"));
        as("manager").get("/api/escalations/" + id + "/timeline").then().body("action", equalTo(List.of("raise")));
    }

    @Test
    void anotherCsusManagerAndAnotherWardsLeadAreRefused() {
        person("rules.surgery-manager", "manager", "csus", "surgery");
        person("rules.lead-21", "lead", "wards", "ward-21");
        RequestSpecification otherManager = signedIn("rules.surgery-manager");
        RequestSpecification otherLead = signedIn("rules.lead-21");
        long id = Escalations.raise(WARD, "Outside their scope");
        int version = Escalations.version(as("admin"), id);
        otherManager.get("/api/escalations/" + id).then().statusCode(403);
        post(signedIn("rules.surgery-manager"), id, "{\"action\": \"acknowledge\", \"version\": %d}"
                .formatted(version)).statusCode(403);
        signedIn("rules.surgery-manager").get("/api/escalations").then().statusCode(200)
                .body("id", not(hasItem((int) id))).body("csu", not(hasItem("medicine")));
        otherLead.get("/api/escalations/" + id).then().statusCode(403);
        post(signedIn("rules.lead-21"), id, "{\"action\": \"comment\", \"version\": %d, \"text\": \"Ours?\"}"
                .formatted(version)).statusCode(403);
        signedIn("rules.lead-21").contentType(ContentType.JSON).body("""
                {"title": "Not our ward", "detail": "x", "category": "OTHER", "severity": "ROUTINE"}""")
                .post("/api/wards/" + WARD + "/escalations").then().statusCode(403);
        signedIn("rules.lead-21").get("/api/wards/" + WARD + "/escalations").then().statusCode(403);
        as("admin").get("/api/escalations/" + id).then().body("version", is(version)).body("state", equalTo("OPEN"));
    }

    /** Two tablets of the ward act on the same answer at once: one wins, the other is told, nothing is lost. */
    @Test
    void twoTabletsRacingOnOneEscalation() throws Exception {
        String secondTablet = TestAuth.pair(WARD, "ward", "Second tablet of " + WARD);
        for (int round = 0; round < 3; round++) {
            long id = escalationIn(EscalationState.RESOLVED, 2, "Race " + round);
            int version = Escalations.version(as("admin"), id);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Response> reopen = pool.submit(racer(start, asTablet(WARD), id,
                        "{\"action\": \"reopen\", \"version\": %d, \"text\": \"Still short tonight\"}".formatted(version)));
                Future<Response> close = pool.submit(racer(start,
                        RestAssured.given().cookie("hb_device", secondTablet), id,
                        "{\"action\": \"close\", \"version\": %d}".formatted(version)));
                start.countDown();
                Response a = reopen.get();
                Response b = close.get();
                List<Integer> statuses = new ArrayList<>(List.of(a.statusCode(), b.statusCode()));
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "one wins, one is refused: " + a.asString() + b.asString());
                Response winner = a.statusCode() == 200 ? a : b;
                Response loser = a.statusCode() == 200 ? b : a;
                String won = winner == a ? "reopen" : "close";
                assertEquals(winner.jsonPath().getString("state"), loser.jsonPath().getString("current.state"),
                        "the refused tablet is shown what the other did");
                JsonPath now = as("admin").get("/api/escalations/" + id).then().statusCode(200).extract().jsonPath();
                assertEquals(won.equals("reopen") ? "OPEN" : "CLOSED", now.getString("state"));
                assertEquals(version + 1, now.getInt("version"));
                assertEquals("Agency nurse booked", now.getString("answer"), "the answer is kept");
                as("admin").get("/api/escalations/" + id + "/timeline").then()
                        .body("action", equalTo(List.of("raise", "resolve", won)));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /**
     * A new escalation of ward-14 in that state at that tier, as the API makes it: the tablet
     * raises, the manager escalates to tier 3, the tier acknowledges, resolves or hands back, the
     * ward closes.
     */
    static long escalationIn(EscalationState state, int tier, String title) {
        long id = Escalations.raise(WARD, title);
        RequestSpecification receiver = tier == 2 ? as("manager") : as("executive");
        if (tier == 3) {
            act(as("manager"), id, "escalate", "Needs trust approval").statusCode(200);
        }
        switch (state) {
            case OPEN -> {
            }
            case ACKNOWLEDGED -> act(receiver, id, "acknowledge", null).statusCode(200);
            case RESOLVED -> act(receiver, id, "resolve", "Agency nurse booked").statusCode(200);
            case HANDED_BACK -> act(receiver, id, "hand-back", "Ask the bank office first").statusCode(200);
            case CLOSED -> {
                act(receiver, id, "resolve", "Agency nurse booked").statusCode(200);
                act(asTablet(WARD), id, "close", null).statusCode(200);
            }
        }
        as("admin").get("/api/escalations/" + id).then().body("state", equalTo(state.name())).body("tier", is(tier));
        return id;
    }

    static ValidatableResponse act(RequestSpecification as, long id, String action, String text) {
        return Escalations.act(as, as("admin"), id, action, text);
    }

    static ValidatableResponse post(RequestSpecification as, long id, String body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/escalations/" + id + "/actions").then();
    }

    private static Callable<Response> racer(CountDownLatch start, RequestSpecification as, long id, String body) {
        return () -> {
            start.await();
            return as.contentType(ContentType.JSON).body(body).post("/api/escalations/" + id + "/actions");
        };
    }

    /** Creates a person as admin (once per run), password "a-long-password". */
    static void person(String username, String role, String scopeField, String scope) {
        int status = as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Rules " + role, "password", "a-long-password",
                        "role", role, scopeField, List.of(scope)))
                .post("/api/people").then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "created " + username + ": " + status);
    }

    static RequestSpecification signedIn(String username) {
        return RestAssured.given().cookie("hb_session", SESSIONS.computeIfAbsent(username,
                u -> TestAuth.signIn(u, "a-long-password")));
    }

    private static final Map<String, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String ids(Set<EscalationAction> actions) {
        // an EnumSet: in the enum's order, as allowedActions lists them
        return actions.stream().map(a -> a.id).collect(Collectors.joining(" "));
    }
}
