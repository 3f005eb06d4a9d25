package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every role's allowed and forbidden actions over REST. Lead: ward-12, ward-14; manager: Medicine (the same). */
@QuarkusTest
class AccessTest {

    private static final String ENTRY = "/api/wards/{ward}/measures/{measure}/entries/{date}";

    @Test
    void nobodyUnpairedOrSignedOutSeesAnyData() {
        given().get("/api/wards").then().statusCode(401);
        given().get("/api/wards/ward-12/board").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"value\": 1}").put(ENTRY, "ward-12", "falls", "today")
                .then().statusCode(401);
        given().get("/api/devices").then().statusCode(401);
        given().get("/api/audit").then().statusCode(401);
        given().redirects().follow(false).get("/wards/ward-12/board").then().statusCode(302)
                .header("Location", endsWith("/pair"));
        given().redirects().follow(false).get("/wards/ward-12/board/live").then().statusCode(302);
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", endsWith("/pair"));
        given().get("/pair").then().statusCode(200);
        given().get("/sign-in").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void aRevokedOrMadeUpTokenIsNobody() {
        given().cookie("hb_device", "made-up").get("/api/wards/ward-12/board").then().statusCode(401);
        given().cookie("hb_session", "made-up").get("/api/wards/ward-12/board").then().statusCode(401);
    }

    @Test
    void displayReadsItsOwnBoardAndNothingElse() {
        asDisplay("ward-12").get("/api/wards/ward-12/board").then().statusCode(200);
        asDisplay("ward-12").get("/wards/ward-12/board").then().statusCode(200);
        asDisplay("ward-12").get("/api/wards/ward-14/board").then().statusCode(403);
        asDisplay("ward-12").get("/wards/ward-14/board").then().statusCode(403);
        asDisplay("ward-12").get("/api/wards").then().statusCode(403);
        write(asDisplay("ward-12"), "ward-12").statusCode(403)
                .body("detail", equalTo("A wall screen cannot change anything"));
        asDisplay("ward-12").get("/api/devices").then().statusCode(403);
        asDisplay("ward-12").get("/api/audit").then().statusCode(403);
        asDisplay("ward-12").get("/api/people").then().statusCode(403);
    }

    @Test
    void aDisplaysCookieIsRenewedAsItShowsItsBoard() {
        String token = TestAuth.device("ward-12", "display");
        asDisplay("ward-12").get("/wards/ward-12/board/live").then().statusCode(200)
                .cookie("hb_device", token)
                .header("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=34560000"));
    }

    @Test
    void aDisplayLandsOnItsBoard() {
        asDisplay("ward-12").redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/wards/ward-12/board"));
        asDisplay("ward-12").redirects().follow(false).get("/pair").then().statusCode(303)
                .header("Location", endsWith("/wards/ward-12/board"));
    }

    @Test
    void wardTabletChangesItsOwnWardOnly() {
        String board14 = TestApi.board("ward-14");
        write(asTablet("ward-12"), "ward-12").statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        write(asTablet("ward-12"), "ward-14").statusCode(403);
        asTablet("ward-12").get("/api/wards/ward-14/board").then().statusCode(403);
        asTablet("ward-12").get("/api/wards").then().statusCode(200).body("code", containsInAnyOrder("ward-12"));
        asTablet("ward-12").get("/api/devices").then().statusCode(403);
        assertEquals(board14, TestApi.board("ward-14"), "a refused write changed nothing");
    }

    @Test
    void leadChangesTheirWardsAndPairsDevicesForThem() {
        write(as("lead"), "ward-14").statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        write(as("lead"), "ward-21").statusCode(403);
        as("lead").get("/api/wards/ward-21/board").then().statusCode(403);
        as("lead").get("/api/wards").then().statusCode(200).body("code", containsInAnyOrder("ward-12", "ward-14"));
        as("lead").get("/api/devices").then().statusCode(200);
        as("lead").get("/api/people").then().statusCode(403);
        as("lead").get("/api/audit").then().statusCode(403);
        as("lead").contentType(ContentType.JSON)
                .body(Map.of("code", "AAAAAA", "ward", "ward-21", "role", "display", "name", "Not mine"))
                .post("/api/devices").then().statusCode(403);
    }

    @Test
    void managerSeesTheirCsuButChangesNothing() {
        as("manager").get("/api/wards").then().statusCode(200)
                .body("code", containsInAnyOrder("ward-12", "ward-14"));
        as("manager").get("/api/wards/ward-12/board").then().statusCode(200);
        as("manager").get("/wards/ward-14/board").then().statusCode(200);
        as("manager").get("/api/wards/ward-21/board").then().statusCode(403);
        write(as("manager"), "ward-12").statusCode(403);
        as("manager").get("/api/devices").then().statusCode(403);
    }

    @Test
    void executiveSeesEverything() {
        as("executive").get("/api/wards").then().statusCode(200).body("size()", equalTo(8));
        as("executive").get("/api/wards/ward-43/board").then().statusCode(200);
        write(as("executive"), "ward-43").statusCode(403);
        as("executive").get("/api/audit").then().statusCode(403);
        as("executive").get("/api/devices").then().statusCode(403);
    }

    @Test
    void adminSetsUpButDoesNotEditBoards() {
        as("admin").get("/api/people").then().statusCode(200);
        as("admin").get("/api/audit").then().statusCode(200);
        as("admin").get("/api/devices").then().statusCode(200);
        write(as("admin"), "ward-12").statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse write(RequestSpecification who, String ward) {
        int version = TestApi.todaysEntryVersion(ward, "falls");
        String body = "{\"value\": 0" + (version < 0 ? "" : ", \"version\": " + version) + "}";
        return who.contentType(ContentType.JSON).body(body).put(ENTRY, ward, "falls", "today").then();
    }
}
