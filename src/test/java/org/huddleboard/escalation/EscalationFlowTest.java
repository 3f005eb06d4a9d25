package org.huddleboard.escalation;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The whole way: a ward raises, its CSU acknowledges, escalates, the executive resolves, the ward closes. */
@QuarkusTest
class EscalationFlowTest {

    private static final String WARD = "ward-12";

    @Test
    void raisedAtTheHuddleAnsweredByTheTrustAndClosedByTheWard() {
        long id = Escalations.raise(WARD, "Late shift short of two nurses");
        as("manager").get("/api/escalations/" + id).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("tier", is(2)).body("csu", equalTo("medicine"))
                .body("allowedActions", equalTo(List.of("acknowledge", "comment", "respond", "resolve", "escalate",
                        "hand-back")));
        Escalations.act(as("manager"), as("manager"), id, "acknowledge", null).statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("owner", equalTo("Demo CSU Manager"));
        Escalations.act(as("manager"), as("manager"), id, "escalate", "Needs bank staff approval").statusCode(200)
                .body("state", equalTo("OPEN")).body("tier", is(3));
        Escalations.act(as("manager"), as("manager"), id, "resolve", "x").statusCode(403)
                .body("detail", containsString("comment"));
        Escalations.act(as("executive"), as("executive"), id, "resolve", "Two bank nurses booked for the week")
                .statusCode(200).body("state", equalTo("RESOLVED"))
                .body("answer", equalTo("Two bank nurses booked for the week"));
        Escalations.act(asTablet(WARD), asTablet(WARD), id, "acknowledge", null).statusCode(403);
        Escalations.act(asTablet(WARD), asTablet(WARD), id, "close", null).statusCode(200)
                .body("state", equalTo("CLOSED"));
        Escalations.act(as("executive"), as("executive"), id, "comment", "late").statusCode(409);
        as("manager").get("/api/escalations/" + id + "/timeline").then().statusCode(200)
                .body("action", equalTo(List.of("raise", "acknowledge", "escalate", "resolve", "close")));
        as("manager").get("/api/escalations?status=closed").then().statusCode(200)
                .body("id", hasItems((int) id));
    }
}
