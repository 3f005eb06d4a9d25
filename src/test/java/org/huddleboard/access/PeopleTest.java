package org.huddleboard.access;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.huddleboard.TestAuth.as;

import java.util.List;
import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class PeopleTest {

    @Test
    void adminCreatesALeadWhoCanThenSignInAndSeeTheirWard() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "Lead.21", "displayName", "Surgical Lead", "password", "a-long-password",
                        "role", "lead", "wards", List.of("ward-21")))
                .post("/api/people").then().statusCode(201)
                .body("username", equalTo("lead.21")).body("wards", contains("ward-21"));
        String session = TestAuth.signIn("lead.21", "a-long-password");
        RestAssured.given().cookie("hb_session", session).get("/api/wards").then()
                .body("code", contains("ward-21"));
        as("admin").get("/api/audit").then().body("subject", hasItem("person lead.21"));
    }

    @Test
    void adminManagesPeopleOnTheirPage() {
        as("admin").contentType(ContentType.URLENC).formParam("username", "manager.surgery")
                .formParam("displayName", "Surgery Manager").formParam("password", "a-long-password")
                .formParam("role", "manager").formParam("csus", "surgery")
                .post("/people").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Created manager.surgery."));
        as("admin").contentType(ContentType.URLENC).formParam("role", "manager").formParam("csus", "surgery")
                .formParam("csus", "childrens").formParam("active", "yes").formParam("password", "")
                .post("/people/manager.surgery").then().statusCode(200);
        as("admin").get("/api/people").then()
                .body("find { it.username == 'manager.surgery' }.csus", contains("childrens", "surgery"));
        as("admin").contentType(ContentType.URLENC).formParam("username", "shortpass").formParam("displayName", "X")
                .formParam("password", "short").formParam("role", "lead")
                .post("/people").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("password must be"));
        as("lead").get("/people").then().statusCode(403);
    }

    @Test
    void invalidPeopleAreRefusedNamingEachField() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "x y", "displayName", "", "password", "short", "role", "display",
                        "wards", List.of("ward-99")))
                .post("/api/people").then().statusCode(400)
                .body("errors.field", hasItem("username"));
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "okname", "displayName", "", "password", "short", "role", "display",
                        "wards", List.of("ward-99")))
                .post("/api/people").then().statusCode(400)
                .body("errors.field", hasItem("displayName")).body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("role")).body("errors.field", hasItem("wards"));
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "lead", "displayName", "Dup", "password", "a-long-password", "role", "lead"))
                .post("/api/people").then().statusCode(409);
    }

    @Test
    void aPasswordResetEndsSessionsAndLetsThemBackInFromWhereverTheyWereSlowed() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "forgetful", "displayName", "Forgetful", "password", "first-password",
                        "role", "executive"))
                .post("/api/people").then().statusCode(201);
        String session = TestAuth.signIn("forgetful", "first-password");
        for (int i = 0; i < 5; i++) {
            signIn("forgetful", "wrong").statusCode(401);
        }
        signIn("forgetful", "first-password").statusCode(429);
        as("admin").contentType(ContentType.JSON).body(Map.of("password", "second-password"))
                .put("/api/people/forgetful").then().statusCode(200);
        RestAssured.given().cookie("hb_session", session).get("/api/wards").then().statusCode(401);
        TestAuth.signIn("forgetful", "second-password");
        as("admin").get("/api/audit").then().body("subject", hasItem("person forgetful (password changed)"));
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        as("admin").get("/api/people").then().body("findAll { it.role == 'admin' && it.active }.size()",
                equalTo(1));
        as("admin").contentType(ContentType.JSON).body(Map.of("role", "executive")).put("/api/people/admin")
                .then().statusCode(409);
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/people/admin")
                .then().statusCode(409);
        as("admin").get("/api/people").then().statusCode(200);
    }

    @Test
    void deactivatingSomeoneEndsTheirSessions() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "leaver", "displayName", "Leaver", "password", "a-long-password", "role",
                        "executive"))
                .post("/api/people").then().statusCode(201);
        String session = TestAuth.signIn("leaver", "a-long-password");
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/people/leaver").then()
                .statusCode(200).body("active", equalTo(false));
        RestAssured.given().cookie("hb_session", session).get("/api/wards").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse signIn(String username, String password) {
        return RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password).post("/sign-in").then();
    }
}
