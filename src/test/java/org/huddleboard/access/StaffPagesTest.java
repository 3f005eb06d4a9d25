package org.huddleboard.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The staff pages as people read them: times in words, wards by name, readable audit, a second step to revoke. */
@QuarkusTest
class StaffPagesTest {

    /** An ISO instant shown as text, outside a time element's datetime attribute. */
    private static final Pattern RAW_INSTANT = Pattern.compile(">[^<]*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

    @Test
    void devicesAreListedByWardNameWithTimesInWords() {
        String token = TestAuth.pair("ward-12", "display", "Staff pages screen");
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-12/board").then().statusCode(200);
        String page = as("admin").get("/devices").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Ward 12 · Acute Medicine <span class=\"ward-code\">ward-12</span>"), page);
        assertTrue(Pattern.compile("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\">(Today|Yesterday) \\d\\d:\\d\\d</time>")
                .matcher(page).find(), "last seen in words, ISO kept for machines");
        assertNoRawInstant(page);
    }

    private static void assertNoRawInstant(String page) {
        var m = RAW_INSTANT.matcher(page);
        assertFalse(m.find(), () -> "no ISO instant shown to people: " + page.substring(Math.max(0, m.start() - 200),
                Math.min(page.length(), m.end() + 100)));
    }

    @Test
    void pairingOnThePageSaysTheWardByName() {
        TestAuth.Waiting waiting = TestAuth.startPairing();
        as("admin").contentType(ContentType.URLENC).formParam("code", waiting.code()).formParam("ward", "ward-14")
                .formParam("role", "ward").formParam("name", "Named tablet")
                .post("/devices/pair").then().statusCode(200)
                .body(containsString("Paired Named tablet to Ward 14 · Elderly Care."));
        TestAuth.collect(waiting);
    }

    @Test
    void revokingAScreenTakesASecondStepThatSaysWhatWillHappen() {
        String token = TestAuth.pair("ward-12", "display", "Screen to confirm");
        int id = as("admin").get("/api/devices").then().extract().path("find { it.name == 'Screen to confirm' }.id");
        as("admin").get("/devices").then().statusCode(200)
                .body(containsString("href=\"/devices/" + id + "/revoke\""))
                .body(not(containsString("action=\"/devices/" + id + "/revoke\"")));

        as("admin").get("/devices/" + id + "/revoke").then().statusCode(200)
                .body(containsString("Revoke Ward 12 · Acute Medicine wall screen “Screen to confirm”?"))
                .body(containsString("It will stop showing the board at once"))
                .body(containsString("<form method=\"post\" action=\"/devices/" + id + "/revoke\""))
                .body(containsString("href=\"/devices\">Cancel</a>"));
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-12/board").then().statusCode(200);

        as("admin").redirects().follow(false).post("/devices/" + id + "/revoke").then().statusCode(303);
        RestAssured.given().cookie("hb_device", token).get("/api/wards/ward-12/board").then().statusCode(401);
        as("admin").redirects().follow(false).get("/devices/" + id + "/revoke").then().statusCode(303);
    }

    @Test
    void theAuditTrailShowsChangesAsReadableValuesWithWardNames() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "audit.reader", "displayName", "Audit Reader", "password", "a-long-password",
                        "role", "lead", "wards", List.of("ward-23")))
                .post("/api/people").then().statusCode(201);
        TestAuth.pair("ward-23", "display", "Audited by name");
        String page = as("admin").get("/audit").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"ward-23\" >Ward 23 · Orthopaedics</option>"), "filter by ward name");
        assertTrue(page.contains("Ward 23 · Orthopaedics <span class=\"ward-code\">ward-23</span>"), "lines by ward name");
        assertTrue(page.contains("<span class=\"audit-field\">wards</span>: <span >(none)</span> → <span >&#39;ward-23&#39;</span>")
                || page.contains("<span class=\"audit-field\">wards</span>: <span>(none)</span>"), page);
        assertFalse(page.contains("{&quot;"), "no JSON shown");
        assertTrue(page.contains(">Today "), "times in words");
        assertNoRawInstant(page);
        // The export stays machine-readable.
        as("admin").get("/api/audit/export.csv").then().statusCode(200)
                .body(containsString("\"{\"\"username\"\":\"\"audit.reader\"\""));
    }

    @Test
    void peoplesWardsAndCsusAreCheckboxesGroupedByCsu() {
        String page = as("admin").get("/people").then().statusCode(200).extract().asString();
        assertFalse(page.contains("multiple"), "no multi-selects");
        assertTrue(page.contains("<input type=\"checkbox\" name=\"csus\" value=\"medicine\" >"), "a CSU's checkbox");
        int lead = page.indexOf("data-person=\"lead\"");
        String leadRow = page.substring(lead, page.indexOf("</tr>", lead));
        assertTrue(leadRow.contains("<input type=\"checkbox\" name=\"wards\" value=\"ward-12\" checked>"), leadRow);
        assertTrue(leadRow.indexOf("value=\"medicine\"") < leadRow.indexOf("value=\"ward-12\"")
                && leadRow.indexOf("value=\"ward-14\"") < leadRow.indexOf("value=\"surgery\""), "wards under their CSU");
    }
}
