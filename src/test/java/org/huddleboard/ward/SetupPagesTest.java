package org.huddleboard.ward;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The setup pages for CSUs and wards without a browser: forms post then redirect, refusals shown on the page. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class SetupPagesTest {

    @Test
    void anAdminAddsACsuAndAWardThroughTheForms() {
        String csu = WardSetupTest.unique("csu");
        as("admin").redirects().follow(false).contentType(ContentType.URLENC).formParam("code", csu)
                .formParam("name", "Theatres").post("/setup/csus").then().statusCode(303)
                .header("Location", containsString("/setup/csus?done=created"));
        as("admin").get("/setup/csus?done=created&csu=" + csu).then().statusCode(200)
                .body(containsString("Created Theatres.")).body(containsString("data-csu=\"" + csu + "\""));
        as("admin").contentType(ContentType.URLENC).formParam("code", "No!").formParam("name", "")
                .post("/setup/csus").then().statusCode(400).body(containsString("form-error"))
                .body(containsString("code must be"));
        String ward = WardSetupTest.unique("w");
        as("admin").redirects().follow(false).contentType(ContentType.URLENC).formParam("code", ward)
                .formParam("name", "Recovery").formParam("csu", csu).formParam("huddleTime", "")
                .formParam("huddleMinutes", "10").formParam("theme", "DARK").post("/setup/wards").then()
                .statusCode(303).header("Location", containsString("/setup/wards/" + ward));
        as("admin").get("/setup/wards/" + ward).then().statusCode(200).body(containsString("name=\"name\""))
                .body(containsString("/setup/wards/" + ward + "/measures"))
                .body(containsString("/setup/wards/" + ward + "/retire"));
        as("admin").contentType(ContentType.URLENC).formParam("huddleMinutes", "99").formParam("theme", "DARK")
                .formParam("version", "0").post("/setup/wards/" + ward).then().statusCode(400)
                .body(containsString("huddleMinutes must be"));
    }

    @Test
    void aLeadSeesOnlyWhatTheyMayChange() {
        as("lead").get("/setup/wards/ward-12").then().statusCode(200).body(containsString("name=\"huddleTime\""))
                .body(not(containsString("name=\"name\""))).body(not(containsString("name=\"csu\"")))
                .body(not(containsString("/retire")));
        as("lead").get("/setup/wards").then().statusCode(200).body(containsString("/setup/wards/ward-12"))
                .body(not(containsString("Add a ward")));
        as("lead").get("/setup/csus").then().statusCode(403);
        as("manager").get("/setup/wards/ward-12").then().statusCode(200).body(not(containsString("<form")));
        as("lead").get("/setup/wards/ward-12/retire").then().statusCode(403);
    }
}
