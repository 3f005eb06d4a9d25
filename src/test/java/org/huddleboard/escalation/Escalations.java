package org.huddleboard.escalation;

import static org.huddleboard.TestAuth.asTablet;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Raising escalations and acting on them through the API, for tests. */
public final class Escalations {

    private Escalations() {
    }

    /** Raises a routine staffing escalation from the ward's tablet; answers its id. */
    public static long raise(String ward, String title) {
        return raise(ward, title, "ROUTINE").statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse raise(String ward, String title, String severity) {
        return asTablet(ward).contentType(ContentType.JSON).body("""
                {"title": "%s", "detail": "Two registered nurses short on the late shift", "category": "STAFFING",
                 "severity": "%s", "raisedBy": "Sister"}""".formatted(title, severity))
                .post("/api/wards/" + ward + "/escalations").then();
    }

    public static int version(RequestSpecification as, long id) {
        return as.get("/api/escalations/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    /** Does {@code action} with the escalation's current version. */
    public static ValidatableResponse act(RequestSpecification as, RequestSpecification reader, long id, String action,
            String text) {
        int version = version(reader, id);
        String body = text == null ? "{\"action\": \"%s\", \"version\": %d}".formatted(action, version)
                : "{\"action\": \"%s\", \"version\": %d, \"text\": \"%s\"}".formatted(action, version, text);
        return as.contentType(ContentType.JSON).body(body).post("/api/escalations/" + id + "/actions").then();
    }
}
