package org.huddleboard.board;

import static org.hamcrest.Matchers.equalTo;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asDisplay;
import static org.huddleboard.TestAuth.asTablet;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WallSettingsTest {

    private static final String URL = "/api/wards/ward-14/wall-settings";

    @Test
    void aLeadChoosesTheLightThemeAndTheBoardCarriesIt() {
        asTablet("ward-14").get(URL).then().statusCode(200).body("theme", equalTo("DARK"));
        try {
            as("lead").contentType(ContentType.JSON).body(Map.of("theme", "LIGHT")).put(URL).then()
                    .statusCode(200).body("ward", equalTo("ward-14")).body("theme", equalTo("LIGHT"));
            asDisplay("ward-14").get("/api/wards/ward-14/board").then().statusCode(200)
                    .body("ward.theme", equalTo("light"));
            asDisplay("ward-14").get("/wards/ward-14/board").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("data-theme=\"light\""));
        } finally {
            as("lead").contentType(ContentType.JSON).body(Map.of("theme", "DARK")).put(URL).then().statusCode(200);
        }
    }

    @Test
    void onlyTheWardsLeadsAndAdminsChooseAndOnlyDarkOrLight() {
        asTablet("ward-14").contentType(ContentType.JSON).body(Map.of("theme", "LIGHT")).put(URL).then()
                .statusCode(403);
        asDisplay("ward-14").contentType(ContentType.JSON).body(Map.of("theme", "LIGHT")).put(URL).then()
                .statusCode(403);
        as("lead").contentType(ContentType.JSON).body(Map.of("theme", "LIGHT"))
                .put("/api/wards/ward-21/wall-settings").then().statusCode(403);
        as("lead").contentType(ContentType.JSON).body(Map.of("theme", "light")).put(URL).then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        as("lead").contentType(ContentType.JSON).body(Map.of()).put(URL).then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        as("lead").contentType(ContentType.JSON).body("{\"theme\": ").put(URL).then().statusCode(400);
        as("lead").get("/api/wards/ward-nowhere/wall-settings").then().statusCode(404);
        asTablet("ward-14").get(URL).then().statusCode(200).body("theme", equalTo("DARK"));
    }
}
