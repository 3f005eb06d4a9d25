package org.huddleboard;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The few API calls many tests make, as a user allowed to make them. */
public final class TestApi {

    private TestApi() {
    }

    /** Records a value as a tablet of that ward. */
    public static ValidatableResponse putEntry(String ward, String measure, String date, String body) {
        return TestAuth.asTablet(ward).contentType(ContentType.JSON).body(body)
                .when().put("/api/wards/{ward}/measures/{measure}/entries/{date}", ward, measure, date)
                .then();
    }

    /** The board as the trust's executive sees it. */
    public static String board(String ward) {
        return TestAuth.as("executive").get("/api/wards/{ward}/board", ward).then().statusCode(200).extract()
                .asString();
    }

    public static long boardVersion(String ward) {
        return TestAuth.as("executive").get("/api/wards/{ward}/board", ward).then().extract().jsonPath()
                .getLong("version");
    }

    /** The version of today's entry for a measure, or -1 if none is entered yet. */
    public static int todaysEntryVersion(String ward, String measure) {
        Integer v = TestAuth.as("executive").get("/api/wards/{ward}/board", ward).then().extract()
                .path("measures.find { it.key == '" + measure + "' }.today.version");
        return v == null ? -1 : v;
    }
}
