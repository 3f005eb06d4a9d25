package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.asTablet;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Starting and ending huddles over the API, as a ward's tablet. */
public final class Huddles {

    private Huddles() {
    }

    public static long start(String ward, String facilitator, int attendance, List<String> roles) {
        return asTablet(ward).contentType(ContentType.JSON)
                .body(Map.of("facilitator", facilitator, "attendance", attendance, "roles", roles))
                .post("/api/wards/" + ward + "/huddles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Ends the huddle in progress on the ward, if there is one. */
    public static void endAny(String ward) {
        Response current = asTablet(ward).get("/api/wards/" + ward + "/huddles/current");
        if (current.statusCode() == 200) {
            asTablet(ward).contentType(ContentType.JSON).body(Map.of("version", current.jsonPath().getInt("version")))
                    .post("/api/wards/" + ward + "/huddles/" + current.jsonPath().getLong("id") + "/end")
                    .then().statusCode(200);
        }
    }
}
