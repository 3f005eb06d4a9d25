package org.huddleboard.idea;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.huddleboard.TestApi;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The columns' rules: every move allowed or refused, what a move needs, the impact check, overdue. */
@QuarkusTest
class IdeaMovesTest {

    private static final String WARD = "ward-21";
    /** A lead's ward, for sign-off. */
    private static final String LEAD_WARD = "ward-14";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    TrustClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.setClock(null);
    }

    static Stream<Arguments> everyPairOfColumns() {
        List<Arguments> pairs = new ArrayList<>();
        for (IdeaColumn from : IdeaColumn.values()) {
            for (IdeaColumn to : IdeaColumn.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("everyPairOfColumns")
    void onlyTheMovesTheColumnAllowsAreMade(IdeaColumn from, IdeaColumn to) {
        long id = Cards.inColumn(WARD, "Move " + from + " to " + to, from);
        int version = Cards.version(WARD, id);
        long board = TestApi.boardVersion(WARD);
        boolean allowed = switch (from) {
            case NEW -> to == IdeaColumn.TESTING || to == IdeaColumn.PARKED;
            case TESTING -> to == IdeaColumn.IMPLEMENTED || to == IdeaColumn.PARKED;
            case IMPLEMENTED -> to == IdeaColumn.CELEBRATED;
            case CELEBRATED -> false;
            case PARKED -> to == IdeaColumn.NEW;
        };
        if (allowed) {
            Cards.move(WARD, id, to.name()).statusCode(200)
                    .header("X-Board-Version", String.valueOf(board + 1))
                    .body("column", equalTo(to.name()))
                    .body("version", is(version + 1));
            assertEquals(board + 1, TestApi.boardVersion(WARD));
        } else {
            String allowedMoves = switch (from) {
                case NEW -> "can move to Testing or Parked";
                case TESTING -> "can move to Implemented or Parked";
                case IMPLEMENTED -> "can move to Celebrated";
                case CELEBRATED -> "can move nowhere";
                case PARKED -> "can move to New";
            };
            Cards.move(WARD, id, to.name()).statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("A card in " + from.label + " " + allowedMoves))
                    .body("current.column", equalTo(from.name()))
                    .body("current.version", is(version));
            Cards.get(WARD, id).body("column", equalTo(from.name())).body("version", is(version));
            assertEquals(board, TestApi.boardVersion(WARD), "a refused move takes no board version");
        }
    }

    @Test
    void parkingNeedsAReasonAndRevivingClearsIt() {
        long id = Cards.create(WARD, "Park me");
        move(id, Map.of("to", "PARKED")).statusCode(400).body("errors.field", hasItem("reason"));
        move(id, Map.of("to", "PARKED", "reason", "  ")).statusCode(400).body("errors.field", hasItem("reason"));
        Cards.get(WARD, id).body("column", equalTo("NEW")).body("version", is(0));
        move(id, Map.of("to", "PARKED", "reason", "Waiting for the new pumps")).statusCode(200)
                .body("parkedReason", equalTo("Waiting for the new pumps"))
                .body("allowedMoves", equalTo(List.of("NEW")));
        move(id, Map.of("to", "NEW")).statusCode(200)
                .body("column", equalTo("NEW"))
                .body("parkedReason", nullValue());
        // The history keeps why it was parked.
        asTablet(WARD).get(Cards.url(WARD, id) + "/history").then().statusCode(200)
                .body("[1].after.parkedReason", equalTo("Waiting for the new pumps"))
                .body("[2].before.parkedReason", equalTo("Waiting for the new pumps"))
                .body("[2].after.parkedReason", nullValue());
    }

    @Test
    void implementedNeedsWhatChangedAndItsEffectAndDatesAreTheTrustsToday() {
        long id = Cards.inColumn(WARD, "Implement me", IdeaColumn.TESTING);
        move(id, Map.of("to", "IMPLEMENTED")).statusCode(400).body("errors.field", hasItem("changeMade"));
        move(id, Map.of("to", "IMPLEMENTED", "changeMade", "Lockers restocked")).statusCode(400)
                .body("errors.field", hasItem("effect"));
        move(id, Map.of("to", "IMPLEMENTED", "effect", "Fewer trips")).statusCode(400)
                .body("errors.field", hasItem("changeMade"));
        Cards.get(WARD, id).body("column", equalTo("TESTING")).body("implementedOn", nullValue());

        standAt("2026-07-01T00:30"); // 23:30 UTC on 30 June: the trust's day is already 1 July
        move(id, Map.of("to", "IMPLEMENTED", "changeMade", "Lockers restocked\nevery afternoon",
                "effect", "Fewer trips to the store room", "enteredBy", "JS")).statusCode(200)
                .body("changeMade", equalTo("Lockers restocked\nevery afternoon"))
                .body("effect", equalTo("Fewer trips to the store room"))
                .body("implementedOn", equalTo("2026-07-01"));
        standAt("2026-07-03T23:59");
        move(id, Map.of("to", "CELEBRATED")).statusCode(200)
                .body("celebratedOn", equalTo("2026-07-03"))
                .body("implementedOn", equalTo("2026-07-01"))
                .body("allowedMoves", equalTo(List.of()));
    }

    @Test
    void whatOneMoveTakesIsRefusedOnAnother() {
        long id = Cards.create(WARD, "Wrong fields");
        move(id, Map.of("to", "TESTING", "reason", "Not parked")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        move(id, Map.of("to", "PARKED", "reason", "Busy", "effect", "None")).statusCode(400)
                .body("errors.field", hasItem("effect"));
        move(id, Map.of("to", "testing")).statusCode(400).body("errors.field", hasItem("to"))
                .body("errors.reason", hasItem(containsString("NEW, TESTING, IMPLEMENTED, CELEBRATED, PARKED")));
        move(id, Map.of("to", 1)).statusCode(400).body("errors.field", hasItem("to"));
        move(id, Map.of()).statusCode(400).body("errors.field", hasItem("to"));
        Cards.post(asTablet(WARD), Cards.url(WARD, id) + "/moves", Map.of("to", "TESTING")).statusCode(400)
                .body("errors.field", hasItem("version"));
        Cards.get(WARD, id).body("column", equalTo("NEW")).body("version", is(0));
    }

    @Test
    void aStaleMoveIsRefusedWithTheCurrentCard() {
        long id = Cards.create(WARD, "Two tablets");
        Cards.move(WARD, id, "TESTING").statusCode(200);
        // The second tablet still shows version 0, in New, and parks it.
        Cards.post(asTablet(WARD), Cards.url(WARD, id) + "/moves",
                Map.of("version", 0, "to", "PARKED", "reason", "Busy")).statusCode(409)
                .body("current.column", equalTo("TESTING"))
                .body("current.version", is(1));
        Cards.get(WARD, id).body("column", equalTo("TESTING"));
    }

    // --- The quality impact check --------------------------------------------------------------

    @Test
    void anIdeaToRemoveWasteCannotLeaveNewWithoutAnImpactCheck() {
        long id = Cards.create(WARD, "Fewer gloves", "WASTE_OR_COST");
        Cards.move(WARD, id, "TESTING").statusCode(409)
                .body("detail", containsString("quality impact check"))
                .body("current.column", equalTo("NEW"));
        // Parking stops the change, so it needs no check.
        Cards.move(WARD, id, "PARKED").statusCode(200);
        Cards.move(WARD, id, "NEW").statusCode(200);
        check(asTablet(WARD), WARD, id, "NONE", "POSITIVE", "NONE").statusCode(200)
                .body("impactCheck.needsSignOff", is(false))
                .body("impactCheck.checkedBy", equalTo("AB"));
        Cards.move(WARD, id, "TESTING").statusCode(200);
        // Only while the card is New.
        check(asTablet(WARD), WARD, id, "NONE", "NONE", "NONE").statusCode(409)
                .body("detail", containsString("while a card is New"));
    }

    @Test
    void aNegativeEffectNeedsALeadsSignOffAndAWardTabletCannotGiveIt() {
        long id = Cards.create(LEAD_WARD, "Fewer pad changes", "WASTE_OR_COST");
        check(asTablet(LEAD_WARD), LEAD_WARD, id, "NONE", "POSITIVE", "NEGATIVE").statusCode(200)
                .body("impactCheck.experience", equalTo("NEGATIVE"))
                .body("impactCheck.needsSignOff", is(true));
        Cards.move(LEAD_WARD, id, "TESTING").statusCode(409).body("detail", containsString("sign it off"));

        signOff(asTablet(LEAD_WARD), id).statusCode(403);
        signOff(as("manager"), id).statusCode(403);
        signOff(as("executive"), id).statusCode(403);
        signOff(as("admin"), id).statusCode(403);
        Cards.get(LEAD_WARD, id).body("impactCheck.needsSignOff", is(true)).body("column", equalTo("NEW"));

        signOff(as("lead"), id).statusCode(200)
                .body("impactCheck.needsSignOff", is(false))
                .body("impactCheck.signedOffBy", equalTo("lead"));
        signOff(as("lead"), id).statusCode(409).body("detail", containsString("already signed off"));
        Cards.move(LEAD_WARD, id, "TESTING").statusCode(200);
    }

    @Test
    void aNewCheckNeedsANewSignOff() {
        long id = Cards.create(LEAD_WARD, "Reuse sharps trays", "WASTE_OR_COST");
        signOff(as("lead"), id).statusCode(409).body("detail", containsString("no quality impact check"));
        check(asTablet(LEAD_WARD), LEAD_WARD, id, "NEGATIVE", "NONE", "NONE").statusCode(200);
        signOff(as("lead"), id).statusCode(200);
        check(asTablet(LEAD_WARD), LEAD_WARD, id, "NONE", "NEGATIVE", "NONE").statusCode(200)
                .body("impactCheck.signedOffBy", nullValue())
                .body("impactCheck.needsSignOff", is(true));
        Cards.move(LEAD_WARD, id, "TESTING").statusCode(409);
        check(asTablet(LEAD_WARD), LEAD_WARD, id, "NONE", "NONE", "POSITIVE").statusCode(200);
        signOff(as("lead"), id).statusCode(409).body("detail", containsString("no negative effect"));
        Cards.move(LEAD_WARD, id, "TESTING").statusCode(200);
    }

    @Test
    void aLeadSignsOffOnlyForTheirOwnWards() {
        long id = Cards.create(WARD, "Fewer printed lists", "WASTE_OR_COST");
        check(asTablet(WARD), WARD, id, "NEGATIVE", "NONE", "NONE").statusCode(200);
        signOff(as("lead"), WARD, id).statusCode(403);
        Cards.get(WARD, id).body("impactCheck.needsSignOff", is(true));
    }

    @Test
    void anImpactCheckNamesWhatIsMissingOrWrong() {
        long id = Cards.create(WARD, "Half a check", "WASTE_OR_COST");
        Map<String, Object> part = Map.of("effect", "NONE", "note", "No change to care");
        String url = Cards.url(WARD, id) + "/impact-check";
        Cards.put(asTablet(WARD), url, Map.of("version", 0, "safety", part, "effectiveness", part))
                .statusCode(400).body("errors.field", hasItem("experience"));
        Cards.put(asTablet(WARD), url, Map.of("version", 0, "safety", Map.of("note", "x"), "effectiveness", part,
                "experience", part)).statusCode(400).body("errors.field", hasItem("safety.effect"));
        Cards.put(asTablet(WARD), url, Map.of("version", 0, "safety", Map.of("effect", "WORSE", "note", "x"),
                "effectiveness", part, "experience", part)).statusCode(400)
                .body("errors.field", hasItem("safety.effect"))
                .body("errors.reason", hasItem("must be one of NONE, POSITIVE, NEGATIVE"));
        Cards.put(asTablet(WARD), url, Map.of("version", 0, "safety", Map.of("effect", "NONE"),
                "effectiveness", part, "experience", part)).statusCode(400)
                .body("errors.field", hasItem("safety.note"));
        Cards.put(asTablet(WARD), url, Map.of("version", 0, "safety", Map.of("effect", "NONE", "note",
                "x".repeat(301)), "effectiveness", part, "experience", part)).statusCode(400)
                .body("errors.field", hasItem("safety.note"));
        Cards.get(WARD, id).body("impactCheck", nullValue()).body("version", is(0));
    }

    // --- Overdue, at the trust's midnight ------------------------------------------------------

    @Test
    void anOwnedCardDueYesterdayIsOverdueAtTheTrustsMidnight() {
        // 00:30 on 11 June in London is 23:30 on 10 June in UTC.
        standAt("2026-06-10T12:00");
        long dueToday = create("Due 10 June", "Sam", "2026-06-10");
        long dueYesterday = create("Due 9 June", "Sam", "2026-06-09");
        long unowned = create("Nobody's", null, "2026-06-01");
        long parked = create("Parked late", "Sam", "2026-06-01");
        Cards.move(WARD, parked, "PARKED").statusCode(200);
        long testing = create("Testing late", "Sam", "2026-06-01");
        Cards.move(WARD, testing, "TESTING").statusCode(200);
        long implemented = create("Done late", "Sam", "2026-06-01");
        Cards.move(WARD, implemented, "TESTING").statusCode(200);
        Cards.move(WARD, implemented, "IMPLEMENTED").statusCode(200);

        Cards.get(WARD, dueToday).body("overdue", is(false));
        Cards.get(WARD, dueYesterday).body("overdue", is(true));
        Cards.get(WARD, unowned).body("overdue", is(false));
        Cards.get(WARD, parked).body("overdue", is(false));
        Cards.get(WARD, testing).body("overdue", is(true));
        Cards.get(WARD, implemented).body("overdue", is(false));

        standAt("2026-06-10T23:59");
        Cards.get(WARD, dueToday).body("overdue", is(false));
        standAt("2026-06-11T00:30");
        Cards.get(WARD, dueToday).body("overdue", is(true));
        List<Long> overdue = asTablet(WARD).queryParam("overdue", "true").get(Cards.url(WARD)).then()
                .statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertEquals(true, overdue.containsAll(List.of(dueToday, dueYesterday, testing)), overdue.toString());
        assertEquals(false, overdue.contains(unowned) || overdue.contains(parked) || overdue.contains(implemented),
                overdue.toString());
    }

    // --- Helpers -------------------------------------------------------------------------------

    private long create(String title, String owner, String due) {
        String ownerField = owner == null ? "" : ", \"owner\": \"" + owner + "\"";
        return Cards.create(asTablet(WARD), WARD, "{\"title\": \"" + title + "\", \"problem\": \"p\", \"idea\": \"i\","
                + " \"qualityAim\": \"OUTCOMES\", \"dueDate\": \"" + due + "\"" + ownerField + "}").statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse move(long id, Map<String, ?> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("version", Cards.version(WARD, id));
        return Cards.post(asTablet(WARD), Cards.url(WARD, id) + "/moves", body);
    }

    static io.restassured.response.ValidatableResponse check(RequestSpecification as, String ward, long id,
            String safety, String effectiveness, String experience) {
        return Cards.put(as, Cards.url(ward, id) + "/impact-check", Map.of("version", Cards.version(ward, id),
                "safety", Map.of("effect", safety, "note", "Checked with the ward pharmacist"),
                "effectiveness", Map.of("effect", effectiveness, "note", "Same care, fewer steps"),
                "experience", Map.of("effect", experience, "note", "Patients wait a little longer"),
                "checkedBy", "AB"));
    }

    private static io.restassured.response.ValidatableResponse signOff(RequestSpecification as, long id) {
        return signOff(as, LEAD_WARD, id);
    }

    private static io.restassured.response.ValidatableResponse signOff(RequestSpecification as, String ward,
            long id) {
        return Cards.post(as, Cards.url(ward, id) + "/impact-check/sign-off", Map.of("version",
                Cards.version(ward, id)));
    }

    private void standAt(String londonTime) {
        clock.setClock(Clock.fixed(LocalDateTime.parse(londonTime).atZone(LONDON).toInstant(), LONDON));
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }
}
