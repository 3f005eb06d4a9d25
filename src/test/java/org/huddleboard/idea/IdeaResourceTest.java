package org.huddleboard.idea;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class IdeaResourceTest {

    private static final String WARD = "ward-23";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /** Passes the NHS number check digit: must never reach a public board. */
    private static final String NHS_NUMBER = "943 476 5919";

    @Test
    void aCardIsRaisedInNewTodayAndFoundAtItsLocation() {
        long board = TestApi.boardVersion(WARD);
        String location = Cards.create(asTablet(WARD), WARD, """
                {"title": "Pre-filled discharge packs", "problem": "Discharges wait for paperwork",
                 "idea": "Fill the packs the day before", "raisedBy": "HCA", "owner": "Priya",
                 "dueDate": "2030-01-31", "measure": "discharges-before-noon", "qualityAim": "APPROPRIATE_CARE",
                 "enteredBy": "PK"}""")
                .statusCode(201)
                .header("X-Board-Version", String.valueOf(board + 1))
                .header("Location", containsString("/api/wards/" + WARD + "/ideas/"))
                .body("ward", equalTo(WARD))
                .body("column", equalTo("NEW"))
                .body("allowedMoves", equalTo(List.of("TESTING", "PARKED")))
                .body("raisedOn", equalTo(TODAY.toString()))
                .body("raisedBy", equalTo("HCA"))
                .body("owner", equalTo("Priya"))
                .body("dueDate", equalTo("2030-01-31"))
                .body("overdue", is(false))
                .body("measure", equalTo("discharges-before-noon"))
                .body("qualityAim", equalTo("APPROPRIATE_CARE"))
                .body("version", is(0))
                .extract().header("Location");
        as("executive").get(location).then().statusCode(200).body("title", equalTo("Pre-filled discharge packs"));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        asTablet(WARD).get(Cards.url(WARD, id) + "/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].action", equalTo("idea.created"))
                .body("[0].actor", equalTo("ward of " + WARD))
                .body("[0].typedName", equalTo("PK"))
                .body("[0].before", nullValue())
                .body("[0].after.title", equalTo("Pre-filled discharge packs"));
    }

    @Test
    void theListFiltersByColumnOwnerOverdueAndAimNewestMoveFirst() {
        String ward = "ward-33";
        long first = create(ward, "Filter one", "Noor", "OUTCOMES", "2020-01-01");
        long second = create(ward, "Filter two", "noor", "WASTE_OR_COST", null);
        long third = create(ward, "Filter three", "Alex", "OUTCOMES", "2020-01-01");
        Cards.move(ward, first, "TESTING").statusCode(200);

        List<Long> all = ids(ward, Map.of());
        assertEquals(first, all.get(0), "the card moved last comes first: " + all);
        assertEquals(List.of(third, second), all.subList(1, 3));
        List<Long> mine = List.of(first, second, third); // the ward's demo board has Testing cards too
        assertEquals(List.of(first), ids(ward, Map.of("column", "TESTING")).stream().filter(mine::contains).toList());
        assertEquals(List.of(first), ids(ward, Map.of("column", "testing", "owner", "NOOR")));
        assertEquals(List.of(first, second), ids(ward, Map.of("owner", " Noor ")));
        assertEquals(List.of(second), ids(ward, Map.of("aim", "waste_or_cost", "owner", "noor")));
        assertEquals(List.of(first, third), ids(ward, Map.of("overdue", "true")).stream()
                .filter(mine::contains).toList());
        assertEquals(List.of(second), ids(ward, Map.of("overdue", "false", "owner", "noor", "column", "new")));
        assertEquals(List.of(), ids(ward, Map.of("owner", "Nobody")));
        assertEquals(all, ids(ward, Map.of("column", "", "owner", "", "overdue", "", "aim", "")));

        badFilter(ward, "column", "DONE", "must be one of NEW, TESTING, IMPLEMENTED, CELEBRATED, PARKED");
        badFilter(ward, "aim", "cheaper", "must be one of OUTCOMES, APPROPRIATE_CARE, PATIENT_EXPERIENCE, "
                + "WASTE_OR_COST");
        badFilter(ward, "overdue", "yes", "must be true or false");
        badFilter(ward, "owner", "x".repeat(41), "must be at most 40 characters (an owner's short name)");
    }

    @Test
    void anEditSavesTheWholeCardAndAStaleEditGetsTheCurrentCard() {
        long id = Cards.create(WARD, "Edit me");
        Map<String, Object> edit = card("Edited title", 0);
        edit.put("owner", "Jo");
        edit.put("dueDate", "2031-05-01");
        Cards.put(asTablet(WARD), Cards.url(WARD, id), edit).statusCode(200)
                .body("title", equalTo("Edited title"))
                .body("owner", equalTo("Jo"))
                .body("version", is(1));

        // A second tablet, still on version 0, would undo the first one's edit.
        String board = TestApi.board(WARD);
        Cards.put(asTablet(WARD), Cards.url(WARD, id), card("Older title", 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("now version 1"))
                .body("current.title", equalTo("Edited title"))
                .body("current.owner", equalTo("Jo"))
                .body("current.version", is(1));
        Map<String, Object> noVersion = card("No version", 0);
        noVersion.remove("version");
        Cards.put(asTablet(WARD), Cards.url(WARD, id), noVersion).statusCode(400)
                .body("errors.field", hasItem("version"));
        assertEquals(board, TestApi.board(WARD));
        Cards.get(WARD, id).body("title", equalTo("Edited title")).body("version", is(1));

        // Fields left out are cleared.
        Cards.put(asTablet(WARD), Cards.url(WARD, id), card("Edited title", 1)).statusCode(200)
                .body("owner", nullValue()).body("dueDate", nullValue()).body("version", is(2));
    }

    @Test
    void anEditThatChangesNothingKeepsTheCardAndBoardVersions() {
        long id = Cards.create(WARD, "Unchanged");
        long board = TestApi.boardVersion(WARD);
        Map<String, Object> same = card("Unchanged", 0);
        same.put("title", "  Unchanged  ");
        Cards.put(asTablet(WARD), Cards.url(WARD, id), same).statusCode(200)
                .header("X-Board-Version", String.valueOf(board))
                .body("version", is(0));
        assertEquals(board, TestApi.boardVersion(WARD));
        asTablet(WARD).get(Cards.url(WARD, id) + "/history").then().body("", hasSize(1));
    }

    @Test
    void theMeasureMustBeOnTheWardsBoard() {
        Map<String, Object> body = card("Measure", 0);
        body.put("measure", "cancelled-operations"); // a real measure, not on this ward's board
        Cards.post(asTablet(WARD), Cards.url(WARD), body).statusCode(400).body("errors.field", hasItem("measure"));
        body.put("measure", "falls");
        Cards.post(asTablet(WARD), Cards.url(WARD), body).statusCode(201).body("measure", equalTo("falls"));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        int cards = ids(WARD, Map.of()).size();
        String board = TestApi.board(WARD);
        refused(Map.of("title", "x".repeat(121)), 400, "title");
        refused(Map.of("title", "   "), 400, "title");
        refused(Map.of("title", "Two\nlines"), 400, "title");
        refused(Map.of("problem", "x".repeat(1001)), 400, "problem");
        refused(Map.of("idea", "x".repeat(1001)), 400, "idea");
        refused(Map.of("raisedBy", "x".repeat(41)), 400, "raisedBy");
        refused(Map.of("owner", "x".repeat(41)), 400, "owner");
        refused(Map.of("enteredBy", "x".repeat(41)), 400, "enteredBy");
        refused(Map.of("problem", "Bed 4, NHS no " + NHS_NUMBER), 422, "problem");
        refused(Map.of("idea", "Ask patient\n943 476\n5919 first"), 422, "idea");
        refused(Map.of("title", "Call " + NHS_NUMBER), 422, "title");
        refused(Map.of("owner", NHS_NUMBER), 422, "owner");
        refused(Map.of("problem", "Hidden\u202Etext"), 400, "problem");
        refused(Map.of("qualityAim", "CHEAPER"), 400, "qualityAim");
        refused(Map.of("qualityAim", 0), 400, "qualityAim");
        refused(Map.of("qualityAim", ""), 400, "qualityAim");
        refused(Map.of("dueDate", "31/01/2030"), 400, "dueDate");
        refused(Map.of("dueDate", "1999-12-31"), 400, "dueDate");
        refused(Map.of("dueDate", "2030-02-30"), 400, "dueDate");
        refused(Map.of("title", 12), 400, "title");
        Map<String, Object> noAim = card("No aim", 0);
        noAim.remove("qualityAim");
        Cards.post(asTablet(WARD), Cards.url(WARD), noAim).statusCode(400).body("errors.field", hasItem("qualityAim"));
        asTablet(WARD).contentType(ContentType.JSON).body("{\"title\": ").post(Cards.url(WARD)).then()
                .statusCode(400).body("errors.field", hasItem("body"));
        assertEquals(cards, ids(WARD, Map.of()).size());
        assertEquals(board, TestApi.board(WARD));

        // The same checks on an edit leave the card as it was.
        long id = Cards.create(WARD, "Kept as it is");
        Map<String, Object> edit = card("Kept as it is", 0);
        edit.put("problem", "NHS " + NHS_NUMBER);
        Cards.put(asTablet(WARD), Cards.url(WARD, id), edit).statusCode(422).body("errors.field", hasItem("problem"));
        edit.put("problem", "x".repeat(1001));
        Cards.put(asTablet(WARD), Cards.url(WARD, id), edit).statusCode(400).body("errors.field", hasItem("problem"));
        Cards.get(WARD, id).body("problem", equalTo("The problem")).body("version", is(0));
    }

    @Test
    void theLongFieldsKeepPlainLineBreaks() {
        Map<String, Object> body = card("Line breaks", 0);
        body.put("problem", "First line\r\nSecond line\rThird\n\n");
        body.put("idea", "x".repeat(998) + "\r\ny");
        Cards.post(asTablet(WARD), Cards.url(WARD), body).statusCode(201)
                .body("problem", equalTo("First line\nSecond line\nThird"))
                .body("idea", endsWith("x\ny"));
        body.put("problem", "Tab\tand line\u2028separator");
        Cards.post(asTablet(WARD), Cards.url(WARD), body).statusCode(400).body("errors.field", hasItem("problem"));
    }

    @Test
    void pdsaNotesAreKeptWhileTesting() {
        long id = Cards.create(WARD, "Noted");
        String notes = Cards.url(WARD, id) + "/notes";
        Cards.post(asTablet(WARD), notes, Map.of("version", 0, "stage", "PLAN", "note", "Try on nights"))
                .statusCode(409).body("detail", containsString("this card is in New"));
        Cards.move(WARD, id, "TESTING").statusCode(200);
        long board = TestApi.boardVersion(WARD);
        Cards.post(asTablet(WARD), notes, Map.of("version", 1, "stage", "DO", "note", "Tried on nights\r\nWorked",
                "writtenBy", "SK")).statusCode(201)
                .header("X-Board-Version", String.valueOf(board + 1))
                .body("note.stage", equalTo("DO"))
                .body("note.notedOn", equalTo(TODAY.toString()))
                .body("note.note", equalTo("Tried on nights\nWorked"))
                .body("note.writtenBy", equalTo("SK"))
                .body("idea.version", is(2));
        assertEquals(board + 1, TestApi.boardVersion(WARD));
        Cards.post(asTablet(WARD), notes, Map.of("version", 2, "stage", "PLAN", "note", "Plan the trial",
                "notedOn", TODAY.minusDays(3).toString())).statusCode(201).body("idea.version", is(3));
        // Stale: a second tablet that has not seen the notes above.
        Cards.post(asTablet(WARD), notes, Map.of("version", 2, "stage", "STUDY", "note", "Late"))
                .statusCode(409).body("current.version", is(3));
        Cards.post(asTablet(WARD), notes, Map.of("version", 3, "stage", "ACT", "note", "Later",
                "notedOn", TODAY.plusDays(1).toString())).statusCode(400).body("errors.field", hasItem("notedOn"));
        Cards.post(asTablet(WARD), notes, Map.of("version", 3, "stage", "REVIEW", "note", "x")).statusCode(400)
                .body("errors.field", hasItem("stage"));
        Cards.post(asTablet(WARD), notes, Map.of("version", 3, "stage", "ACT", "note", "x".repeat(501)))
                .statusCode(400).body("errors.field", hasItem("note"));
        Cards.post(asTablet(WARD), notes, Map.of("version", 3, "stage", "ACT", "note", "Bed " + NHS_NUMBER))
                .statusCode(422).body("errors.field", hasItem("note"));
        as("manager").get(notes).then().statusCode(403); // Surgery is not the manager's CSU
        as("executive").get(notes).then().statusCode(200)
                .body("stage", equalTo(List.of("PLAN", "DO")))
                .body("note", equalTo(List.of("Plan the trial", "Tried on nights\nWorked")));
        asTablet(WARD).get(Cards.url(WARD, id) + "/history").then()
                .body("action", equalTo(List.of("idea.created", "idea.moved", "idea.pdsa-note", "idea.pdsa-note")))
                .body("[2].after.note.note", equalTo("Tried on nights\nWorked"))
                .body("[2].after.version", is(2))
                .body("[2].typedName", equalTo("SK"));
    }

    // --- Scope ---------------------------------------------------------------------------------

    @Test
    void aWallScreenReadsButCannotRaiseACard() {
        Cards.create(asDisplay(WARD), WARD, body(card("From the wall", 0))).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("wall screen"));
        long id = Cards.create(WARD, "Shown on the wall");
        asDisplay(WARD).get(Cards.url(WARD, id)).then().statusCode(200);
        Cards.post(asDisplay(WARD), Cards.url(WARD, id) + "/moves", Map.of("version", 0, "to", "TESTING"))
                .statusCode(403);
        asDisplay("ward-21").get(Cards.url(WARD, id)).then().statusCode(403);
        Cards.get(WARD, id).body("column", equalTo("NEW"));
    }

    @Test
    void aWardCannotChangeAnotherWardsCards() {
        long theirs = Cards.create("ward-14", "Ward 14's card");
        Cards.post(asTablet("ward-12"), Cards.url("ward-14", theirs) + "/moves", Map.of("version", 0, "to",
                "TESTING")).statusCode(403);
        Cards.put(asTablet("ward-12"), Cards.url("ward-14", theirs), card("Taken over", 0)).statusCode(403);
        asTablet("ward-12").get(Cards.url("ward-14", theirs)).then().statusCode(403);
        // Through its own ward's address, another ward's card does not exist.
        asTablet("ward-12").get(Cards.url("ward-12", theirs)).then().statusCode(404)
                .contentType("application/problem+json");
        Cards.post(asTablet("ward-12"), Cards.url("ward-12", theirs) + "/moves", Map.of("version", 0, "to",
                "TESTING")).statusCode(404);
        Cards.put(asTablet("ward-12"), Cards.url("ward-12", theirs), card("Taken over", 0)).statusCode(404);
        Cards.get("ward-14", theirs).body("column", equalTo("NEW")).body("title", equalTo("Ward 14's card"));
    }

    @Test
    void aManagerReadsTheirWardsCardsButCannotChangeThem() {
        long id = Cards.create("ward-14", "Managed");
        as("manager").get(Cards.url("ward-14", id)).then().statusCode(200);
        as("manager").get(Cards.url("ward-14")).then().statusCode(200).body("id", hasItem((int) id));
        as("manager").get(Cards.url("ward-14", id) + "/history").then().statusCode(200);
        Cards.post(as("manager"), Cards.url("ward-14", id) + "/moves", Map.of("version", 0, "to", "TESTING"))
                .statusCode(403);
        Cards.create(as("manager"), "ward-14", body(card("Manager's idea", 0))).statusCode(403);
        Cards.create(as("executive"), "ward-14", body(card("Executive's idea", 0))).statusCode(403);
        Cards.create(as("admin"), "ward-14", body(card("Admin's idea", 0))).statusCode(403);
        // A lead changes their own wards' cards.
        Cards.post(as("lead"), Cards.url("ward-14", id) + "/moves", Map.of("version", 0, "to", "TESTING"))
                .statusCode(200);
    }

    @Test
    void unknownWardsAndCardsAreNotFound() {
        asTablet(WARD).get(Cards.url("ward-99")).then().statusCode(404);
        Cards.create(as("lead"), "ward-99", body(card("Nowhere", 0))).statusCode(404);
        asTablet(WARD).get(Cards.url(WARD, 999_999_999)).then().statusCode(404);
        Cards.post(asTablet(WARD), Cards.url(WARD, 999_999_999) + "/moves", Map.of("version", 0, "to", "TESTING"))
                .statusCode(404);
        asTablet(WARD).get(Cards.url(WARD) + "/card-one").then().statusCode(400)
                .body("errors.field", hasItem("id"));
        asTablet(WARD).get(Cards.url(WARD) + "/0/notes").then().statusCode(400);
    }

    @Test
    void nobodySignedInSeesNothing() {
        io.restassured.RestAssured.given().get(Cards.url(WARD)).then().statusCode(401);
    }

    // --- Helpers -------------------------------------------------------------------------------

    /** A plausible card body; tests change what they need. */
    private static Map<String, Object> card(String title, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", title);
        body.put("problem", "The problem");
        body.put("idea", "The idea");
        body.put("qualityAim", "OUTCOMES");
        return body;
    }

    private static String body(Map<String, Object> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long create(String ward, String title, String owner, String aim, String due) {
        Map<String, Object> body = card(title, 0);
        body.put("owner", owner);
        body.put("qualityAim", aim);
        if (due != null) {
            body.put("dueDate", due);
        }
        return Cards.post(asTablet(ward), Cards.url(ward), body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> ids(String ward, Map<String, String> filters) {
        return asTablet(ward).queryParams(filters).get(Cards.url(ward)).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    private static void badFilter(String ward, String param, String value, String reason) {
        asTablet(ward).queryParam(param, value).get(Cards.url(ward)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(param))
                .body("errors.reason", hasItem(reason));
    }

    private static void refused(Map<String, Object> change, int status, String field) {
        Map<String, Object> body = card("Refused", 0);
        body.putAll(change);
        ValidatableResponse r = Cards.post(asTablet(WARD), Cards.url(WARD), body).statusCode(status)
                .contentType("application/problem+json");
        r.body("errors.field", hasItem(field));
    }
}
