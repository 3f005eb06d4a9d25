package org.huddleboard.commitment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The trust's annual commitments through the API: every rule, a stale edit, and who may write. */
@QuarkusTest
class CommitmentsTest {

    private static ValidatableResponse create(String who, Map<String, Object> body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/commitments").then();
    }

    private static ValidatableResponse update(String code, Map<String, Object> body) {
        return as("admin").contentType(ContentType.JSON).body(body).put("/api/commitments/" + code).then();
    }

    @Test
    void createChangeAndRetireKeepTheCodeForEver() {
        create("admin", Map.of("code", "safe-care", "title", "Safe care every day", "description",
                "No avoidable harm\nin our wards", "periodLabel", "2026/27", "sortOrder", 2)).statusCode(201)
                .body("code", is("safe-care")).body("version", is(0)).body("retired", is(false))
                .body("description", is("No avoidable harm\nin our wards"));
        create("admin", Map.of("code", "first-one", "title", "Listed first", "sortOrder", 1)).statusCode(201);
        as("lead").get("/api/commitments").then().statusCode(200)
                .body("code", hasItem("safe-care"))
                .body("findAll { it.code == 'first-one' || it.code == 'safe-care' }.code",
                        equalTo(List.of("first-one", "safe-care")));

        update("safe-care", Map.of("title", "Safe care, every day", "periodLabel", "2026/27", "sortOrder", 2,
                "version", 0)).statusCode(200).body("title", is("Safe care, every day")).body("version", is(1));
        // A second editor still holding version 0 is refused and shown what is stored now.
        update("safe-care", Map.of("title", "Overwritten unseen", "version", 0)).statusCode(409)
                .body("current.title", is("Safe care, every day")).body("current.version", is(1));
        update("safe-care", Map.of("title", "No version")).statusCode(400).body("errors[0].field", is("version"));
        update("safe-care", Map.of("code", "renamed", "title", "x", "version", 1)).statusCode(400)
                .body("errors[0].field", is("code"));

        as("admin").contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/commitments/safe-care/retire")
                .then().statusCode(409);
        as("admin").contentType(ContentType.JSON).body(Map.of("version", 1)).post("/api/commitments/safe-care/retire")
                .then().statusCode(200).body("retired", is(true));
        as("admin").get("/api/commitments").then().body("code", not(hasItem("safe-care")));
        create("admin", Map.of("code", "safe-care", "title", "Reusing a retired code")).statusCode(409);
        update("safe-care", Map.of("title", "Editing a retired one", "version", 2)).statusCode(404);

        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("subject", "commitment safe-care"));
        assertEquals(3, audited, "created, changed and retired: one audit line each");
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        create("admin", Map.of("title", "No code")).statusCode(400).body("errors[0].field", is("code"));
        create("admin", Map.of("code", "Has Spaces", "title", "Bad code")).statusCode(400)
                .body("errors[0].field", is("code"));
        create("admin", Map.of("code", "x".repeat(41), "title", "Long code")).statusCode(400)
                .body("errors[0].field", is("code"));
        create("admin", Map.of("code", "no-title")).statusCode(400).body("errors[0].field", is("title"));
        create("admin", Map.of("code", "long-title", "title", "t".repeat(121))).statusCode(400)
                .body("errors[0].field", is("title"));
        create("admin", Map.of("code", "bad-period", "title", "Bad period", "periodLabel", "next year"))
                .statusCode(400).body("errors[0].field", is("periodLabel"));
        create("admin", Map.of("code", "bad-order", "title", "Bad order", "sortOrder", -1)).statusCode(400)
                .body("errors[0].field", is("sortOrder"));
        create("admin", Map.of("code", "long-desc", "title", "Long", "description", "d".repeat(1001)))
                .statusCode(400).body("errors[0].field", is("description"));
        create("admin", Map.of("code", "twice", "title", "Once")).statusCode(201);
        create("admin", Map.of("code", "twice", "title", "Twice")).statusCode(409);
        update("nobody-knows", Map.of("title", "x", "version", 0)).statusCode(404);
        as("admin").get("/api/commitments").then().body("code", not(hasItem("no-title")));
    }

    @Test
    void onlyAnAdminWrites() {
        for (String who : List.of("lead", "manager", "executive")) {
            create(who, Map.of("code", "by-" + who, "title", "Not allowed")).statusCode(403);
            as(who).get("/api/commitments").then().statusCode(200);
        }
        asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("code", "by-tablet", "title", "No"))
                .post("/api/commitments").then().statusCode(403);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("code", "by-nobody", "title", "No"))
                .post("/api/commitments").then().statusCode(401);
        create("admin", Map.of("code", "guarded", "title", "Guarded")).statusCode(201);
        as("lead").contentType(ContentType.JSON).body(Map.of("title", "Changed", "version", 0))
                .put("/api/commitments/guarded").then().statusCode(403);
        as("manager").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/commitments/guarded/retire").then().statusCode(403);
        as("admin").get("/api/commitments").then().body("find { it.code == 'guarded' }.title", is("Guarded"));
    }

    /** A ward's measure set as stored, ready to send back (with each measure's commitment). */
    private static List<Map<String, Object>> items(JsonPath set) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> m : set.<Map<String, Object>> getList("measures")) {
            Map<String, Object> item = new HashMap<>();
            for (String field : List.of("measure", "target", "amberThreshold", "safetyCross", "commitment")) {
                item.put(field, m.get(field));
            }
            items.add(item);
        }
        return items;
    }

    private static JsonPath measureSet(String ward) {
        return as("admin").get("/api/wards/{ward}/measures", ward).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath putMeasureSet(String who, String ward, int version, List<Map<String, Object>> items) {
        return as(who).contentType(ContentType.JSON).body(Map.of("version", version, "measures", items))
                .put("/api/wards/{ward}/measures", ward).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void thePageCountsTheMeasuresServingEachAndRetiringOneUnlinksThemNamingTheWards() {
        create("admin", Map.of("code", "step-down", "title", "Step-down care", "sortOrder", 90)).statusCode(201);
        JsonPath ward14 = measureSet("ward-14");
        JsonPath ward43 = measureSet("ward-43");
        List<Map<String, Object>> linked14 = items(ward14);
        linked14.get(0).put("commitment", "step-down");
        linked14.get(1).put("commitment", "step-down");
        int version14 = putMeasureSet("lead", "ward-14", ward14.getInt("version"), linked14).getInt("version");
        List<Map<String, Object>> linked43 = items(ward43);
        linked43.get(0).put("commitment", "step-down");
        linked43.get(1).put("commitment", "step-down");
        int version43 = putMeasureSet("admin", "ward-43", ward43.getInt("version"), linked43).getInt("version");
        // A measure taken off the board keeps its link but no longer counts as serving.
        Map<String, Object> takenOff = linked43.remove(1);
        version43 = putMeasureSet("admin", "ward-43", version43, linked43).getInt("version");

        as("lead").get("/api/commitments").then().body("find { it.code == 'step-down' }.wardMeasures", is(3));
        as("admin").get("/setup/commitments").then().statusCode(200)
                .body(containsString("<strong>step-down</strong> · <span class=\"serving\">3 ward measures serve it</span>"));
        as("admin").get("/setup/commitments/step-down/retire").then().statusCode(200)
                .body(containsString("3 ward measures"))
                .body(containsString("on 2 wards: ward-14, ward-43."))
                .body(containsString("they serve no commitment until their ward"));

        // Retired through the page's form, as without JavaScript.
        as("admin").redirects().follow(false).contentType(ContentType.URLENC).formParam("version", "0")
                .post("/setup/commitments/step-down/retire").then().statusCode(303);
        JsonPath after14 = measureSet("ward-14");
        JsonPath after43 = measureSet("ward-43");
        assertEquals(version14, after14.getInt("version"), "unlinking is not the ward's own edit");
        assertEquals(null, after14.getString("measures[0].commitment"));
        assertEquals(null, after14.getString("measures[1].commitment"));
        assertEquals(null, after43.getString("measures[0].commitment"));
        assertTrue(after43.getList("measures.commitment").stream().noneMatch("step-down"::equals));
        // A ward still holding the retired code in an open editor is told so, naming the field.
        linked14 = items(after14);
        linked14.get(0).put("commitment", "step-down");
        as("lead").contentType(ContentType.JSON).body(Map.of("version", version14, "measures", linked14))
                .put("/api/wards/{ward}/measures", "ward-14").then().statusCode(400)
                .body("errors[0].field", is("measures[0].commitment"))
                .body("errors[0].reason", containsString("was retired"));

        String audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "subject = ?1 and action = ?2", "commitment step-down", "commitment.retired").singleResult().afterValue);
        assertTrue(audited.contains("\"wards\":[\"ward-14\",\"ward-43\"]"), audited);
        assertTrue(audited.contains("\"wardMeasuresUnlinked\":4"), "the one taken off the board too: " + audited);

        putMeasureSet("lead", "ward-14", version14, items(ward14));
        List<Map<String, Object>> restored43 = items(ward43);
        assertEquals(takenOff.get("measure"), restored43.get(1).get("measure"));
        putMeasureSet("admin", "ward-43", version43, restored43);
        assertEquals(ward14.getList("measures.commitment"), measureSet("ward-14").getList("measures.commitment"));
        assertEquals(ward43.getList("measures.commitment"), measureSet("ward-43").getList("measures.commitment"));
    }
}
