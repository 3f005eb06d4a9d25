package org.huddleboard.ward;

import static io.restassured.RestAssured.given;
import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WardResourceTest {

    @Test
    void listsEveryWardWithItsCsu() {
        as("executive").when().get("/api/wards")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(6))
                .body("code", hasItems("ward-12", "ward-31", "ward-43"))
                .body("find { it.code == 'ward-31' }.csu.name", equalTo("Children's"));
    }

    @Test
    void indexLinksEveryWardBoardUnderItsCsu() {
        as("executive").when().get("/")
                .then().statusCode(200)
                .body(containsString("Cardio-respiratory"))
                .body(containsString("href=\"/wards/ward-12/board\""));
    }

    @Test
    void apiIsDescribedAndHealthIsUp() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/wards/{ward}/measures/{measure}/entries/{date}"));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
