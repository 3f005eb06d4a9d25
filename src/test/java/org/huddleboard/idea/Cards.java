package org.huddleboard.idea;

import static org.huddleboard.TestAuth.asTablet;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Idea cards made and moved through the API, as a ward tablet of the card's ward. */
final class Cards {

    private Cards() {
    }

    static String url(String ward) {
        return "/api/wards/" + ward + "/ideas";
    }

    static String url(String ward, long id) {
        return url(ward) + "/" + id;
    }

    static ValidatableResponse create(RequestSpecification as, String ward, String body) {
        return as.contentType(ContentType.JSON).body(body).when().post(url(ward)).then();
    }

    /** A new card aiming at {@code aim}; returns its id. */
    static long create(String ward, String title, String aim) {
        return create(asTablet(ward), ward, "{\"title\": \"" + title + "\", \"problem\": \"The problem\", "
                + "\"idea\": \"The idea\", \"qualityAim\": \"" + aim + "\"}").statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    static long create(String ward, String title) {
        return create(ward, title, "OUTCOMES");
    }

    static ValidatableResponse get(String ward, long id) {
        return asTablet(ward).get(url(ward, id)).then();
    }

    static int version(String ward, long id) {
        return get(ward, id).statusCode(200).extract().path("version");
    }

    static String column(String ward, long id) {
        return get(ward, id).statusCode(200).extract().path("column");
    }

    static ValidatableResponse post(RequestSpecification as, String path, Map<String, ?> body) {
        return as.contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse put(RequestSpecification as, String path, Map<String, ?> body) {
        return as.contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    /** Moves the card as a tablet of its ward, at its current version, with what the move needs. */
    static ValidatableResponse move(String ward, long id, String to) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("version", version(ward, id), "to", to));
        if (to.equals("PARKED")) {
            body.put("reason", "Waiting for the new pumps");
        } else if (to.equals("IMPLEMENTED")) {
            body.put("changeMade", "Bedside lockers restocked at 14:00");
            body.put("effect", "Fewer trips to the store room");
        }
        return post(asTablet(ward), url(ward, id) + "/moves", body);
    }

    /** A card brought to {@code column} by allowed moves (an impact check is not needed for its aim). */
    static long inColumn(String ward, String title, IdeaColumn column) {
        long id = create(ward, title);
        IdeaColumn[] path = switch (column) {
            case NEW -> new IdeaColumn[0];
            case TESTING -> new IdeaColumn[] { IdeaColumn.TESTING };
            case IMPLEMENTED -> new IdeaColumn[] { IdeaColumn.TESTING, IdeaColumn.IMPLEMENTED };
            case CELEBRATED -> new IdeaColumn[] { IdeaColumn.TESTING, IdeaColumn.IMPLEMENTED, IdeaColumn.CELEBRATED };
            case PARKED -> new IdeaColumn[] { IdeaColumn.PARKED };
        };
        for (IdeaColumn step : path) {
            move(ward, id, step.name()).statusCode(200);
        }
        return id;
    }
}
