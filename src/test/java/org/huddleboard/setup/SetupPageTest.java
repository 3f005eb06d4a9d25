package org.huddleboard.setup;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The setup home on the demo trust: everything is set up, and each role sees only its part. */
@QuarkusTest
class SetupPageTest {

    @Test
    void anAdminSeesTheDemoTrustSetUpAndEverySetupScreen() {
        as("admin").get("/setup").then().statusCode(200)
                .body(allOf(containsString("Create a clinical service unit (CSU)"),
                        containsString("4 CSUs"), containsString("8 wards"),
                        containsString("Every ward has measures on its board"),
                        containsString("people besides admins"),
                        containsString("href=\"/setup/measures\""), containsString("href=\"/setup/import\""),
                        containsString("href=\"/setup/wards/ward-41/measures\"")));
    }

    @Test
    void aLeadSeesOnlyTheirOwnWardsAndNoChecklist() {
        as("lead").get("/setup").then().statusCode(200)
                .body(allOf(containsString("href=\"/setup/wards/ward-12/measures\""),
                        containsString("href=\"/setup/wards/ward-14\""),
                        not(containsString("ward-41")), not(containsString("Measure library")),
                        not(containsString("first-run"))));
    }

    @Test
    void managersAndScreensMayNotSetUp() {
        as("manager").redirects().follow(false).get("/setup").then().statusCode(403);
        asDisplay("ward-12").redirects().follow(false).get("/setup").then().statusCode(allOf(
                org.hamcrest.Matchers.greaterThanOrEqualTo(300), not(org.hamcrest.Matchers.equalTo(200))));
    }

    @Test
    void theIndexLinksLeadsAndAdminsToSetUp() {
        as("lead").get("/").then().statusCode(200).body(containsString("href=\"/setup\""));
        as("manager").get("/").then().statusCode(200).body(not(containsString("href=\"/setup\"")));
    }
}
