package org.huddleboard.idea;

import static io.restassured.RestAssured.given;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Monthly idea counts. The fixture cards are dated in 2001, which no demo or other test card
 * uses, so every figure below is known exactly.
 */
@QuarkusTest
class IdeaCountsTest {

    /** One of the demo lead's wards (Medicine). */
    private static final String LEADS_WARD = "ward-14";
    /** Surgery: outside the lead's scope. */
    private static final String OTHER_WARD = "ward-21";
    private static final String FIXTURE = "Counts fixture ";

    /**
     * Raised through the API, so each card has its audit line like any card a test writes (only
     * demo cards have none), then dated back to 2001 in place: a bulk update leaves the card's
     * version, so its one audit line still matches it.
     */
    @BeforeEach
    void cardsOf2001() {
        if (QuarkusTransaction.requiringNew().call(() -> Idea.count("title like ?1", FIXTURE + "%")) > 0) {
            return;
        }
        // Ward 21: raised in January, implemented in February, celebrated in March.
        long spread = card(OTHER_WARD, "spread", "2001-01-05", "2001-02-10", "2001-03-15", null);
        card(OTHER_WARD, "raised on the last day of March", "2001-03-31", null, null, null);
        card(OTHER_WARD, "raised on the first of April", "2001-04-01", null, null, null);
        // Ward 14
        card(LEADS_WARD, "raised in March", "2001-03-02", null, null, null);
        card(LEADS_WARD, "raised and implemented in March", "2001-03-10", "2001-03-25", null, null);
        card(LEADS_WARD, "raised in February, implemented in March, celebrated in April", "2001-02-20",
                "2001-03-05", "2001-04-02", null);
        card(LEADS_WARD, "adopted from ward 21 in March", "2001-03-31", null, null, spread);
    }

    @Test
    void eachMonthCountsRaisedImplementedCelebratedAndAdoptedPerWardAndCsu() {
        JsonPath counts = as("executive").get("/api/ideas/counts?from=2001-02&to=2001-04").then().statusCode(200)
                .body("from", equalTo("2001-02"))
                .body("to", equalTo("2001-04"))
                .body("months.month", equalTo(List.of("2001-02", "2001-03", "2001-04")))
                .extract().jsonPath();

        // raised, implemented, celebrated, adopted
        assertEquals(List.of(1, 0, 0, 0), figures(counts, "2001-02", "wards", LEADS_WARD));
        assertEquals(List.of(0, 1, 0, 0), figures(counts, "2001-02", "wards", OTHER_WARD));
        assertEquals(List.of(3, 2, 0, 1), figures(counts, "2001-03", "wards", LEADS_WARD));
        assertEquals(List.of(1, 0, 1, 0), figures(counts, "2001-03", "wards", OTHER_WARD));
        assertEquals(List.of(0, 0, 1, 0), figures(counts, "2001-04", "wards", LEADS_WARD));
        assertEquals(List.of(1, 0, 0, 0), figures(counts, "2001-04", "wards", OTHER_WARD));

        // A CSU adds up its wards; the other Medicine ward has no cards in 2001.
        assertEquals(List.of(3, 2, 0, 1), figures(counts, "2001-03", "csus", "medicine"));
        assertEquals(List.of(1, 0, 1, 0), figures(counts, "2001-03", "csus", "surgery"));
        assertEquals(List.of(0, 0, 0, 0), figures(counts, "2001-03", "csus", "childrens"));
        assertEquals(List.of(4, 2, 1, 1), tally(counts, "2001-03"));
        assertEquals(List.of(1, 1, 0, 0), tally(counts, "2001-02"));

        // Every ward and CSU of the trust is listed, with its name and CSU, zeros included.
        assertEquals(8, counts.getList("months[1].wards").size());
        assertEquals(4, counts.getList("months[1].csus").size());
        Map<String, Object> ward = counts.getMap("months[1].wards.find { it.ward == '" + LEADS_WARD + "' }");
        assertEquals("Ward 14 · Elderly Care", ward.get("wardName"));
        assertEquals("medicine", ward.get("csu"));
        assertEquals("Medicine", counts.getString("months[1].csus.find { it.csu == 'medicine' }.csuName"));

        // One month alone.
        as("executive").get("/api/ideas/counts?from=2001-03&to=2001-03").then().statusCode(200)
                .body("months", hasSize(1))
                .body("months[0].total.raised", equalTo(4))
                .body("months[0].total.adopted", equalTo(1));
    }

    @Test
    void anAdoptionThroughTheApiCountsAsRaisedAndAdoptedThisMonthForTheAdoptingWardOnly() {
        String adopter = "ward-33";
        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        String thisMonth = "/api/ideas/counts?from=" + month + "&to=" + month;
        long original = Cards.inColumn(LEADS_WARD, "Counted when adopted", IdeaColumn.IMPLEMENTED);
        Cards.put(as("lead"), Cards.url(LEADS_WARD, original) + "/offer", Map.of("version",
                Cards.version(LEADS_WARD, original), "summary", "Fewer call bells at night")).statusCode(200);
        JsonPath before = as("executive").get(thisMonth).then().statusCode(200).extract().jsonPath();

        Cards.post(asTablet(adopter), Cards.url(adopter) + "/adoptions", Map.of("from", original)).statusCode(201);

        JsonPath after = as("executive").get(thisMonth).then().statusCode(200).extract().jsonPath();
        List<Integer> was = figures(before, month, "wards", adopter);
        assertEquals(List.of(was.get(0) + 1, was.get(1), was.get(2), was.get(3) + 1),
                figures(after, month, "wards", adopter), "raised and adopted on the adopting ward");
        assertEquals(figures(before, month, "wards", LEADS_WARD), figures(after, month, "wards", LEADS_WARD),
                "the original's ward counts nothing new");
        List<Integer> csu = figures(before, month, "csus", "childrens");
        assertEquals(List.of(csu.get(0) + 1, csu.get(1), csu.get(2), csu.get(3) + 1),
                figures(after, month, "csus", "childrens"));
    }

    @Test
    void eachViewerCountsOnlyTheWardsTheyMayRead() {
        String march = "/api/ideas/counts?from=2001-03&to=2001-03";
        JsonPath lead = as("lead").get(march).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ward-12", "ward-14"), lead.getList("months[0].wards.ward").stream().sorted().toList());
        assertEquals(List.of("medicine"), lead.getList("months[0].csus.csu"));
        assertEquals(List.of(3, 2, 0, 1), figures(lead, "2001-03", "csus", "medicine"));
        assertEquals(List.of(3, 2, 0, 1), tally(lead, "2001-03"), "ward 21's cards are not the lead's to count");

        JsonPath manager = as("manager").get(march).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("medicine"), manager.getList("months[0].csus.csu"));
        assertEquals(List.of(3, 2, 0, 1), tally(manager, "2001-03"));

        JsonPath tablet = asTablet(OTHER_WARD).get(march).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(OTHER_WARD), tablet.getList("months[0].wards.ward"));
        assertEquals(List.of(1, 0, 1, 0), tally(tablet, "2001-03"));

        asDisplay(LEADS_WARD).get(march).then().statusCode(200).body("months[0].wards.ward",
                equalTo(List.of(LEADS_WARD)));
        given().get(march).then().statusCode(401);
    }

    @Test
    void leftOutTheCountsCoverTheTwelveMonthsUpToThisOne() {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        as("executive").get("/api/ideas/counts").then().statusCode(200)
                .body("from", equalTo(now.minusMonths(11).toString()))
                .body("to", equalTo(now.toString()))
                .body("months", hasSize(12))
                .body("months[11].month", equalTo(now.toString()));
        as("executive").get("/api/ideas/counts?from=2001-03").then().statusCode(200)
                .body("to", equalTo("2002-02")).body("months", hasSize(12));
        as("executive").get("/api/ideas/counts?to=2001-03").then().statusCode(200)
                .body("from", equalTo("2000-04")).body("months", hasSize(12));
        as("executive").get("/api/ideas/counts?from=2001-01&to=2003-12").then().statusCode(200)
                .body("months", hasSize(36));
    }

    @Test
    void aMonthThatIsNotOneOrARangeBackwardsOrTooLongIsRefusedNamingTheParameter() {
        refused("from=2001-13", "from");
        refused("from=2001-00", "from");
        refused("from=03-2001", "from");
        refused("from=2001-3", "from");
        refused("from=2001-03-01", "from");
        refused("from=march", "from");
        refused("from=1999-12", "from");
        refused("to=2001-1x", "to");
        refused("from=2001-03&to=2001-02", "to");
        refused("from=2001-01&to=2004-01", "to");
    }

    private static void refused(String query, String field) {
        as("executive").get("/api/ideas/counts?" + query).then().statusCode(400)
                .body("errors.field", hasItem(field));
    }

    /** raised, implemented, celebrated, adopted of one ward or CSU in a month. */
    private static List<Integer> figures(JsonPath counts, String month, String list, String code) {
        String key = list.equals("wards") ? "ward" : "csu";
        Map<String, Object> row = counts.getMap("months.find { it.month == '" + month + "' }." + list
                + ".find { it." + key + " == '" + code + "' }");
        return List.of((Integer) row.get("raised"), (Integer) row.get("implemented"), (Integer) row.get("celebrated"),
                (Integer) row.get("adopted"));
    }

    private static List<Integer> tally(JsonPath counts, String month) {
        Map<String, Object> row = counts.getMap("months.find { it.month == '" + month + "' }.total");
        return List.of((Integer) row.get("raised"), (Integer) row.get("implemented"), (Integer) row.get("celebrated"),
                (Integer) row.get("adopted"));
    }

    private static long card(String ward, String title, String raisedOn, String implementedOn,
            String celebratedOn, Long adoptedFrom) {
        long id = Cards.create(ward, FIXTURE + title);
        IdeaColumn column = celebratedOn != null ? IdeaColumn.CELEBRATED
                : implementedOn != null ? IdeaColumn.IMPLEMENTED : IdeaColumn.NEW;
        QuarkusTransaction.requiringNew().run(() -> {
            Idea.getEntityManager().createQuery("update Idea i set i.raisedOn = :raised, i.implementedOn ="
                    + " :implemented, i.celebratedOn = :celebrated, i.column = :column where i.id = :id")
                    .setParameter("raised", LocalDate.parse(raisedOn))
                    .setParameter("implemented", implementedOn == null ? null : LocalDate.parse(implementedOn))
                    .setParameter("celebrated", celebratedOn == null ? null : LocalDate.parse(celebratedOn))
                    .setParameter("column", column).setParameter("id", id).executeUpdate();
            if (adoptedFrom != null) {
                Idea.getEntityManager().createQuery("update Idea i set i.adoptedFrom = :from where i.id = :id")
                        .setParameter("from", Idea.findById(adoptedFrom)).setParameter("id", id).executeUpdate();
            }
        });
        return id;
    }
}
