package org.huddleboard.escalation;

import static org.hamcrest.Matchers.equalTo;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A manager who leaves is given "no access": their history stays (the escalations they took,
 * their audit lines, their row on the people page), and they are off what goes on: no sign-in,
 * no escalation mail, and what they held can still be answered by the CSU's other managers.
 */
@QuarkusTest
class PeopleLeavingTest {

    private static final String LEAVING = "leaving@example.org";
    private static final String STAYING = "staying@example.org";

    @Inject
    MockMailbox mailbox;

    @Test
    void aDeactivatedManagerKeepsTheirHistoryAndLeavesTheMail() {
        manager("leaving.manager", "Leaving Manager", LEAVING);
        manager("staying.manager", "Staying Manager", STAYING);
        TestAuth.device("ward-21", "ward");
        var leaving = EscalationRulesTest.signedIn("leaving.manager");
        var staying = EscalationRulesTest.signedIn("staying.manager");

        long held = raise("Leaving: theatre list overrun");
        Escalations.act(leaving, as("admin"), held, "acknowledge", null).statusCode(200);
        awaitMail(STAYING, "Leaving: theatre list overrun");
        awaitMail(LEAVING, "Leaving: theatre list overrun");

        as("admin").contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/people/leaving.manager")
                .then().statusCode(200).body("active", equalTo(false));

        leaving.get("/api/escalations").then().statusCode(401);
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "leaving.manager").formParam("password", "a-long-password").post("/sign-in")
                .then().statusCode(401);
        as("admin").get("/api/people").then()
                .body("find { it.username == 'leaving.manager' }.active", equalTo(false));

        String after = "Leaving: sterile supplies short";
        raise(after);
        awaitMail(STAYING, after);
        sleep(500);
        assertTrue(sent(LEAVING, after).isEmpty(), "no mail to someone with no access");

        staying.get("/api/escalations/" + held).then().statusCode(200).body("owner", equalTo("Leaving Manager"));
        Escalations.act(staying, as("admin"), held, "respond", "Extra list on Saturday").statusCode(200);
        List<String> by = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> list(
                "subject = ?1 and action = ?2", EscalationChanges.subject(held), "escalation.acknowledge").stream()
                .map(a -> a.actorName).toList());
        assertEquals(1, by.size(), "their acknowledgement stays in the audit trail");
        assertTrue(List.of("Leaving Manager", "leaving.manager").contains(by.get(0)), by.toString());
    }

    private static void manager(String username, String name, String email) {
        int status = as("admin").contentType(ContentType.JSON).body(Map.of("username", username, "displayName", name,
                "password", "a-long-password", "role", "manager", "csus", List.of("surgery"), "email", email))
                .post("/api/people").then().extract().statusCode();
        assertTrue(status == 201, username + ": " + status);
    }

    private static long raise(String title) {
        return asTablet("ward-21").contentType(ContentType.JSON).body(Map.of("title", title, "detail",
                "Raised at the huddle", "category", "STAFFING", "severity", "URGENT"))
                .post("/api/wards/ward-21/escalations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Mail> sent(String address, String subject) {
        return mailbox.getMailsSentTo(address) == null ? List.of()
                : mailbox.getMailsSentTo(address).stream().filter(m -> m.getSubject().contains(subject)).toList();
    }

    private void awaitMail(String address, String subject) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sent(address, subject).isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no mail to " + address + " about " + subject);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
