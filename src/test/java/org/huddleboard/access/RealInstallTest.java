package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A real install: no demo data, and the first administrator comes from configuration. */
@QuarkusTest
@TestProfile(RealInstallTest.EmptyInstall.class)
class RealInstallTest {

    public static class EmptyInstall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huddle.demo", "false",
                    "huddle.initial-admin.password", "first-admin-password",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:real-install;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void startsEmptyWithOnlyTheInitialAdministrator() {
        String session = TestAuth.signIn("admin", "first-admin-password");
        given().cookie("hb_session", session).get("/api/wards").then().statusCode(200).body("$", empty());
        given().cookie("hb_session", session).get("/api/people").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.contains("admin"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", "lead").formParam("password", "lead-demo-2026").post("/sign-in").then()
                .statusCode(401);
    }
}
