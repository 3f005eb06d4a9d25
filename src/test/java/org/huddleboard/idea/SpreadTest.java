package org.huddleboard.idea;

import static io.restassured.RestAssured.given;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.huddleboard.TestApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Spreading ideas: a lead offers a proven card, the trust sees it newest first, another ward
 * adopts it as a linked New card, and the original shows how far each adoption has got.
 */
@QuarkusTest
class SpreadTest {

    /** The demo lead's wards (ward-12 and ward-14, Medicine). */
    private static final String ORIGIN = "ward-14";
    private static final String OTHER_LEADS_WARD = "ward-12";
    /** Wards the lead may not change: Surgery and Children's. */
    private static final String ADOPTER = "ward-21";
    private static final String SECOND_ADOPTER = "ward-31";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aLeadOfTheWardOffersAProvenCardAndNobodyElseMay() {
        long id = Cards.inColumn(ORIGIN, "Offered by its lead", IdeaColumn.IMPLEMENTED);
        int version = Cards.version(ORIGIN, id);
        Map<String, Object> body = Map.of("version", version, "summary", "Falls at night down by a third");

        Cards.put(asTablet(ORIGIN), offer(ORIGIN, id), body).statusCode(403);
        Cards.put(as("manager"), offer(ORIGIN, id), body).statusCode(403);
        Cards.put(as("executive"), offer(ORIGIN, id), body).statusCode(403);
        Cards.put(asDisplay(ORIGIN), offer(ORIGIN, id), body).statusCode(403);
        Cards.put(given(), offer(ORIGIN, id), body).statusCode(401);
        assertEquals(version, Cards.version(ORIGIN, id), "a refused offer changes nothing");

        long board = TestApi.boardVersion(ORIGIN);
        Cards.put(as("lead"), offer(ORIGIN, id), body).statusCode(200)
                .header("X-Board-Version", String.valueOf(board + 1))
                .body("offer.summary", equalTo("Falls at night down by a third"))
                .body("offer.offeredBy", equalTo("lead"))
                .body("offer.offeredAt", notNullValue())
                .body("version", is(version + 1));
        assertEquals(board + 1, TestApi.boardVersion(ORIGIN));
        String offeredAt = Cards.get(ORIGIN, id).extract().path("offer.offeredAt");

        // The same words again change nothing; new words keep the card's place in the trust's list.
        Cards.put(as("lead"), offer(ORIGIN, id), Map.of("version", version + 1, "summary",
                "Falls at night down by a third")).statusCode(200)
                .header("X-Board-Version", String.valueOf(board + 1))
                .body("version", is(version + 1));
        assertEquals(board + 1, TestApi.boardVersion(ORIGIN), "an offer repeated word for word is no change");
        Cards.put(as("lead"), offer(ORIGIN, id), Map.of("version", version + 1, "summary",
                "Falls at night down by a third since March")).statusCode(200)
                .header("X-Board-Version", String.valueOf(board + 2))
                .body("offer.summary", equalTo("Falls at night down by a third since March"))
                .body("offer.offeredAt", equalTo(offeredAt))
                .body("version", is(version + 2));

        as("lead").get(Cards.url(ORIGIN, id) + "/history").then().statusCode(200)
                .body("action", hasItem("idea.offered"))
                .body("find { it.action == 'idea.offered' }.before.offer", nullValue())
                .body("find { it.action == 'idea.offered' }.after.offer.summary",
                        equalTo("Falls at night down by a third"));

        // A lead of one ward cannot offer another ward's card.
        long elsewhere = Cards.inColumn(ADOPTER, "Not the lead's ward", IdeaColumn.IMPLEMENTED);
        Cards.put(as("lead"), offer(ADOPTER, elsewhere), Map.of("version", Cards.version(ADOPTER, elsewhere),
                "summary", "Works well")).statusCode(403);
        // The card must be on the ward in the path.
        Cards.put(as("lead"), offer(OTHER_LEADS_WARD, id), body).statusCode(404);
    }

    @Test
    void onlyImplementedOrCelebratedCardsCanBeOfferedWithAOneLineSummary() {
        for (IdeaColumn column : List.of(IdeaColumn.NEW, IdeaColumn.TESTING, IdeaColumn.PARKED)) {
            long id = Cards.inColumn(ORIGIN, "Not proven yet " + column, column);
            Cards.put(as("lead"), offer(ORIGIN, id), Map.of("version", Cards.version(ORIGIN, id), "summary",
                    "Looks promising")).statusCode(409)
                    .body("detail", containsString("Only an Implemented or Celebrated idea can be offered"))
                    .body("current.offer", nullValue());
        }
        long celebrated = Cards.inColumn(ORIGIN, "Celebrated and offered", IdeaColumn.CELEBRATED);
        int version = Cards.version(ORIGIN, celebrated);
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version)).statusCode(400)
                .body("errors.field", hasItem("summary"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version, "summary", "   ")).statusCode(400)
                .body("errors.field", hasItem("summary"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version, "summary", "x".repeat(201)))
                .statusCode(400).body("errors.field", hasItem("summary"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version, "summary", "One\ntwo"))
                .statusCode(400).body("errors.field", hasItem("summary"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version, "summary",
                "Helped 943 476 5919")).statusCode(422).body("errors.field", hasItem("summary"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("summary", "No version")).statusCode(400)
                .body("errors.field", hasItem("version"));
        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version + 5, "summary", "Stale"))
                .statusCode(409).body("current.version", is(version));
        assertEquals(version, Cards.version(ORIGIN, celebrated), "refused offers change nothing");

        Cards.put(as("lead"), offer(ORIGIN, celebrated), Map.of("version", version, "summary", "x".repeat(200)))
                .statusCode(200).body("offer.summary", equalTo("x".repeat(200)));
    }

    @Test
    void theTrustsOfferedIdeasComeNewestFirstWithTheWardTheyCameFrom() {
        long older = offered(OTHER_LEADS_WARD, "Offered first", "Quicker drug rounds");
        long newer = offered(ORIGIN, "Offered second", "Calmer nights");

        JsonPath list = asTablet(ADOPTER).get("/api/ideas/offered").then().statusCode(200).extract().jsonPath();
        List<Long> ids = list.getList("id", Long.class);
        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(older) > ids.indexOf(newer),
                "the newer offer comes before the older: " + ids);
        List<Instant> offeredAt = list.getList("offeredAt", String.class).stream().map(Instant::parse).toList();
        for (int i = 1; i < offeredAt.size(); i++) {
            assertTrue(!offeredAt.get(i).isAfter(offeredAt.get(i - 1)), "newest offer first: " + offeredAt);
        }
        Map<String, Object> first = list.getMap("find { it.id == " + newer + " }");
        assertEquals(ORIGIN, first.get("ward"));
        assertEquals("Ward 14 · Elderly Care", first.get("wardName"));
        assertEquals("medicine", first.get("csu"));
        assertEquals("Offered second", first.get("title"));
        assertEquals("The problem", first.get("problem"));
        assertEquals("The idea", first.get("idea"));
        assertEquals("Calmer nights", first.get("summary"));
        assertEquals(0, first.get("adoptions"));
        assertEquals(List.of(), first.get("adoptedBy"));

        // Anyone signed in or paired reads the trust's list; the ward looking leaves out its own offers.
        as("manager").get("/api/ideas/offered").then().statusCode(200).body("id", hasItem((int) older));
        asDisplay(SECOND_ADOPTER).get("/api/ideas/offered").then().statusCode(200).body("id", hasItem((int) newer));
        asTablet(ORIGIN).get("/api/ideas/offered?ward=" + ORIGIN).then().statusCode(200)
                .body("id", not(hasItem((int) newer))).body("id", hasItem((int) older))
                .body("ward", not(hasItem(ORIGIN)));
        given().get("/api/ideas/offered").then().statusCode(401);
        asTablet(ADOPTER).get("/api/ideas/offered?ward=no-such-ward").then().statusCode(400)
                .body("errors.field", hasItem("ward"));
    }

    @Test
    void adoptionRaisesALinkedNewCardWhoseProgressTheOriginalShows() {
        long original = Cards.create(asTablet(ORIGIN), ORIGIN, """
                {"title": "Protected mealtimes", "problem": "Meals go cold during ward rounds",
                 "idea": "No rounds from 12:00 to 13:00", "qualityAim": "PATIENT_EXPERIENCE", "owner": "Sam"}""")
                .statusCode(201).extract().jsonPath().getLong("id");
        Cards.move(ORIGIN, original, "TESTING").statusCode(200);
        Cards.move(ORIGIN, original, "IMPLEMENTED").statusCode(200);
        offer(original, "Every meal served hot in the trial month");

        long adopterBoard = TestApi.boardVersion(ADOPTER);
        long originBoard = TestApi.boardVersion(ORIGIN);
        int originalVersion = Cards.version(ORIGIN, original);
        ValidatableResponse adopted = Cards.post(asTablet(ADOPTER), Cards.url(ADOPTER) + "/adoptions",
                Map.of("from", original, "raisedBy", "Ward sister", "enteredBy", "JB")).statusCode(201)
                .header("X-Board-Version", String.valueOf(adopterBoard + 1))
                .header("Location", containsString("/api/wards/" + ADOPTER + "/ideas/"))
                .body("ward", equalTo(ADOPTER))
                .body("column", equalTo("NEW"))
                .body("title", equalTo("Protected mealtimes"))
                .body("problem", equalTo("Meals go cold during ward rounds"))
                .body("idea", equalTo("No rounds from 12:00 to 13:00"))
                .body("qualityAim", equalTo("PATIENT_EXPERIENCE"))
                .body("raisedBy", equalTo("Ward sister"))
                .body("raisedOn", equalTo(TODAY.toString()))
                .body("owner", nullValue())
                .body("offer", nullValue())
                .body("adoptedFrom.id", is((int) original))
                .body("adoptedFrom.ward", equalTo(ORIGIN))
                .body("adoptedFrom.wardName", equalTo("Ward 14 · Elderly Care"))
                .body("version", is(0));
        long id = adopted.extract().jsonPath().getLong("id");
        assertNotEquals(original, id);
        String location = adopted.extract().header("Location");
        asTablet(ADOPTER).get(location).then().statusCode(200).body("adoptedFrom.id", is((int) original));

        assertEquals(adopterBoard + 1, TestApi.boardVersion(ADOPTER), "the adopting ward's board moves on by one");
        assertEquals(originBoard + 1, TestApi.boardVersion(ORIGIN), "the original's ward's board moves on by one");
        assertEquals(originalVersion, Cards.version(ORIGIN, original), "the original card itself is unchanged");

        asTablet(ADOPTER).get(Cards.url(ADOPTER, id) + "/history").then().statusCode(200)
                .body("[0].action", equalTo("idea.adopted"))
                .body("[0].typedName", equalTo("JB"))
                .body("[0].before", nullValue())
                .body("[0].after.adoptedFrom.id", is((int) original));

        JsonPath adoptions = as("lead").get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(id), adoptions.getList("id", Long.class));
        assertEquals(ADOPTER, adoptions.getString("[0].ward"));
        assertEquals("Ward 21 · General Surgery", adoptions.getString("[0].wardName"));
        assertEquals("Protected mealtimes", adoptions.getString("[0].title"));
        assertEquals("NEW", adoptions.getString("[0].column"));
        Instant adoptedAt = Instant.parse(adoptions.getString("[0].movedAt"));
        asTablet(ADOPTER).get("/api/ideas/offered").then().statusCode(200)
                .body("find { it.id == " + original + " }.adoptions", is(1))
                .body("find { it.id == " + original + " }.adoptedBy", equalTo(List.of(ADOPTER)));

        // The adopting ward tests it: the original shows how far it has got.
        Cards.move(ADOPTER, id, "TESTING").statusCode(200);
        Cards.post(asTablet(SECOND_ADOPTER), Cards.url(SECOND_ADOPTER) + "/adoptions", Map.of("from", original))
                .statusCode(201);
        adoptions = as("executive").get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(ADOPTER, SECOND_ADOPTER), adoptions.getList("ward"), "oldest adoption first");
        assertEquals(List.of("TESTING", "NEW"), adoptions.getList("column"));
        assertTrue(Instant.parse(adoptions.getString("[0].movedAt")).isAfter(adoptedAt),
                "when it moved to Testing, not when it was adopted");

        // Who may read a card's adoptions: whoever may read its ward.
        asTablet(ADOPTER).get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(403);
        as("lead").get(Cards.url(OTHER_LEADS_WARD, original) + "/adoptions").then().statusCode(404);
        given().get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(401);
    }

    @Test
    void adoptionIsRefusedForTheWardsOwnCardATwiceAdoptedOneAnUnofferedOneAndOutsideScope() {
        long original = offered(ORIGIN, "Refusals original", "Handover ten minutes shorter");
        long notOffered = Cards.inColumn(ORIGIN, "Proven, kept at home", IdeaColumn.CELEBRATED);
        String adoptions = Cards.url(ADOPTER) + "/adoptions";

        long first = Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", original)).statusCode(201).extract()
                .jsonPath().getLong("id");
        long adopterBoard = TestApi.boardVersion(ADOPTER);
        long originBoard = TestApi.boardVersion(ORIGIN);

        Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", original)).statusCode(409)
                .body("detail", containsString("has adopted this idea already, as card " + first))
                .body("current.id", is((int) first))
                .body("current.ward", equalTo(ADOPTER));
        Cards.post(asTablet(ORIGIN), Cards.url(ORIGIN) + "/adoptions", Map.of("from", original)).statusCode(409)
                .body("detail", containsString("own ward"))
                .body("current.id", is((int) original));
        Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", notOffered)).statusCode(409)
                .body("detail", containsString("is not offered"))
                .body("current.id", is((int) notOffered));

        // Scope: the lead may not change ward-21's board; a manager, a wall screen or an executive none.
        Cards.post(as("lead"), adoptions, Map.of("from", original)).statusCode(403);
        Cards.post(as("manager"), Cards.url(OTHER_LEADS_WARD) + "/adoptions", Map.of("from", original))
                .statusCode(403);
        Cards.post(asDisplay(SECOND_ADOPTER), Cards.url(SECOND_ADOPTER) + "/adoptions", Map.of("from", original))
                .statusCode(403);
        Cards.post(as("executive"), Cards.url(SECOND_ADOPTER) + "/adoptions", Map.of("from", original))
                .statusCode(403);
        Cards.post(given(), adoptions, Map.of("from", original)).statusCode(401);
        Cards.post(asTablet(ADOPTER), "/api/wards/no-such-ward/ideas/adoptions", Map.of("from", original))
                .statusCode(404);

        // Bad input names the field.
        Cards.post(asTablet(ADOPTER), adoptions, Map.of()).statusCode(400).body("errors.field", hasItem("from"));
        Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", 987654321L)).statusCode(400)
                .body("errors.field", hasItem("from"));
        Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", "soon")).statusCode(400);
        Cards.post(asTablet(ADOPTER), adoptions, Map.of("from", original, "raisedBy", "y".repeat(41))).statusCode(400)
                .body("errors.field", hasItem("raisedBy"));

        assertEquals(adopterBoard, TestApi.boardVersion(ADOPTER), "refusals leave the adopting board alone");
        assertEquals(originBoard, TestApi.boardVersion(ORIGIN), "refusals leave the original's board alone");
        assertEquals(1, as("lead").get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(200)
                .extract().jsonPath().getList("id").size(), "still one adoption");

        // The lead may adopt into their own other ward.
        Cards.post(as("lead"), Cards.url(OTHER_LEADS_WARD) + "/adoptions", Map.of("from", original)).statusCode(201)
                .body("ward", equalTo(OTHER_LEADS_WARD));
    }

    @Test
    void aWithdrawnOfferLeavesTheTrustsListAndStopsAdoptionsButKeepsTheOnesMade() {
        long original = offered(ORIGIN, "Withdrawn later", "Fewer missed doses");
        long adopted = Cards.post(asTablet(ADOPTER), Cards.url(ADOPTER) + "/adoptions", Map.of("from", original))
                .statusCode(201).extract().jsonPath().getLong("id");
        int version = Cards.version(ORIGIN, original);

        withdraw(asTablet(ORIGIN), original, version).statusCode(403);
        withdraw(as("manager"), original, version).statusCode(403);
        withdraw(as("lead"), original, version + 3).statusCode(409).body("current.version", is(version));
        as("lead").delete(offer(ORIGIN, original)).then().statusCode(400).body("errors.field", hasItem("version"));
        as("lead").delete(offer(ORIGIN, original) + "?version=soon").then().statusCode(400)
                .body("errors.field", hasItem("version"));

        long board = TestApi.boardVersion(ORIGIN);
        withdraw(as("lead"), original, version).statusCode(200)
                .header("X-Board-Version", String.valueOf(board + 1))
                .body("offer", nullValue())
                .body("version", is(version + 1));
        as("lead").get(Cards.url(ORIGIN, original) + "/history").then().statusCode(200)
                .body("find { it.action == 'idea.offer-withdrawn' }.before.offer.summary",
                        equalTo("Fewer missed doses"))
                .body("find { it.action == 'idea.offer-withdrawn' }.after.offer", nullValue());

        asTablet(SECOND_ADOPTER).get("/api/ideas/offered").then().statusCode(200)
                .body("id", not(hasItem((int) original)));
        Cards.post(asTablet(SECOND_ADOPTER), Cards.url(SECOND_ADOPTER) + "/adoptions", Map.of("from", original))
                .statusCode(409).body("detail", containsString("is not offered"));
        withdraw(as("lead"), original, version + 1).statusCode(409).body("detail", containsString("not offered"));
        as("lead").get(Cards.url(ORIGIN, original) + "/adoptions").then().statusCode(200)
                .body("id", equalTo(List.of((int) adopted)));
        asTablet(ADOPTER).get(Cards.url(ADOPTER, adopted)).then().statusCode(200)
                .body("adoptedFrom.id", is((int) original));

        // Offered again: back at the top of the trust's list.
        offer(original, "Fewer missed doses, again");
        asTablet(SECOND_ADOPTER).get("/api/ideas/offered").then().statusCode(200).body("[0].id", is((int) original));
    }

    @Test
    void crossAdoptionsAtOnceNeitherDeadlockNorLoseABoardVersion() throws Exception {
        int each = 6;
        List<Long> fromOrigin = new ArrayList<>();
        List<Long> fromOther = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            fromOrigin.add(offered(ORIGIN, "Crossing from 14, " + i, "Works on 14"));
            fromOther.add(offered(OTHER_LEADS_WARD, "Crossing from 12, " + i, "Works on 12"));
        }
        long originBoard = TestApi.boardVersion(ORIGIN);
        long otherBoard = TestApi.boardVersion(OTHER_LEADS_WARD);

        // Each adoption locks both wards: 12 adopting from 14 and 14 from 12 at once.
        List<Callable<Integer>> adoptions = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            long a = fromOrigin.get(i);
            long b = fromOther.get(i);
            adoptions.add(() -> Cards.post(asTablet(OTHER_LEADS_WARD), Cards.url(OTHER_LEADS_WARD) + "/adoptions",
                    Map.of("from", a)).extract().statusCode());
            adoptions.add(() -> Cards.post(asTablet(ORIGIN), Cards.url(ORIGIN) + "/adoptions", Map.of("from", b))
                    .extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(adoptions, 60, TimeUnit.SECONDS)) {
                statuses.add(f.get());
            }
            assertEquals(Collections.nCopies(2 * each, 201), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(originBoard + 2 * each, TestApi.boardVersion(ORIGIN),
                "one version for each adoption into ward 14 and each adoption from it");
        assertEquals(otherBoard + 2 * each, TestApi.boardVersion(OTHER_LEADS_WARD));
        for (int i = 0; i < each; i++) {
            as("lead").get(Cards.url(ORIGIN, fromOrigin.get(i)) + "/adoptions").then().statusCode(200)
                    .body("ward", equalTo(List.of(OTHER_LEADS_WARD)));
            as("lead").get(Cards.url(OTHER_LEADS_WARD, fromOther.get(i)) + "/adoptions").then().statusCode(200)
                    .body("ward", equalTo(List.of(ORIGIN)));
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String offer(String ward, long id) {
        return Cards.url(ward, id) + "/offer";
    }

    /** An Implemented card on the ward (one of the lead's), offered by the lead; returns its id. */
    private static long offered(String ward, String title, String summary) {
        long id = Cards.inColumn(ward, title, IdeaColumn.IMPLEMENTED);
        Cards.put(as("lead"), offer(ward, id), Map.of("version", Cards.version(ward, id), "summary", summary))
                .statusCode(200);
        return id;
    }

    private static void offer(long id, String summary) {
        Cards.put(as("lead"), offer(ORIGIN, id), Map.of("version", Cards.version(ORIGIN, id), "summary", summary))
                .statusCode(200).body("offer.summary", equalTo(summary));
    }

    private static ValidatableResponse withdraw(RequestSpecification as, long id, int version) {
        return as.queryParam("version", version).when().delete(offer(ORIGIN, id)).then();
    }
}
