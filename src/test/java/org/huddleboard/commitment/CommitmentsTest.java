package org.huddleboard.commitment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.huddleboard.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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
}
