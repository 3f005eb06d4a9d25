package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import java.util.Map;

import org.huddleboard.TestDatabase;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A real install: no demo data, and the first administrator comes from configuration. */
@QuarkusTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@TestProfile(RealInstallTest.EmptyInstall.class)
class RealInstallTest {

    public static class EmptyInstall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huddle.demo", "false",
                    "huddle.initial-admin.password", "first-admin-password",
                    "quarkus.datasource.jdbc.url", TestDatabase.url("real-install"));
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void startsEmptyWithOnlyTheInitialAdministrator() {
        String session = TestAuth.signIn("admin", "first-admin-password");
        given().cookie("hb_session", session).get("/api/wards").then().statusCode(200).body("$", empty());
        given().cookie("hb_session", session).get("/api/people").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.contains("admin"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", "lead").formParam("password", "lead-demo-2026").post("/sign-in").then()
                .statusCode(401);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void theFirstAdminIsLedThroughSettingUpAndTheStepsFollowWhatIsStored() throws InterruptedException {
        String session = TestAuth.signIn("admin", "first-admin-password");
        given().cookie("hb_session", session).get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Set up your trust"));
        given().cookie("hb_session", session).get("/setup").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("6 steps to go"));

        // A CSU and a ward made another way than the setup screens (here an import) count as done.
        String token = given().cookie("hb_session", session).contentType("text/csv; charset=utf-8")
                .body("code,name,csu,csuName\nward-1,Ward 1 · First Ward,first-csu,First Services\n")
                .post("/api/imports/wards/dry-run").then().statusCode(200).extract().path("token");
        String job = given().cookie("hb_session", session).contentType("application/json")
                .body(Map.of("token", token)).post("/api/imports/jobs").then().statusCode(202).extract()
                .header("Location");
        for (int i = 0; i < 100 && !given().cookie("hb_session", session).get(job).then().extract().<Boolean>path(
                "finished"); i++) {
            Thread.sleep(100);
        }
        given().cookie("hb_session", session).get("/setup").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("4 steps to go"),
                        org.hamcrest.Matchers.containsString("Ward 1 · First Ward has no measures on its board yet"));
    }
}
