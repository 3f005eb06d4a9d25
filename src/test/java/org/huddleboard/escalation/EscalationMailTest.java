package org.huddleboard.escalation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Urgent and newly overdue escalations are mailed to the tier that holds them (the mock mailer
 * of the test profile): the CSU's managers who have an address, nobody else, once.
 */
@QuarkusTest
class EscalationMailTest {

    private static final String WARD = "ward-41";
    private static final String WARD_NAME = "Ward 41 · Cardiology";
    private static final String CARDIO = "cardio-a@example.org";
    private static final String SURGERY = "surgery-mail@example.org";
    private static final ZoneId TRUST = ZoneId.of("Europe/London");

    @Inject
    MockMailbox mailbox;
    @Inject
    OverdueCheck overdueCheck;
    @Inject
    TrustClock clock;

    @BeforeEach
    void peopleWithAndWithoutAddresses() {
        clock.setClock(null);
        person("mail.cardio-a", "cardio-respiratory", CARDIO);
        person("mail.cardio-b", "cardio-respiratory", null);
        person("mail.surgery", "surgery", SURGERY);
        for (String who : List.of("manager", "executive", "admin")) {
            TestAuth.session(who);
        }
        TestAuth.device(WARD, "ward");
        TestAuth.device("ward-12", "ward");
        signedIn("mail.cardio-a");
    }

    @AfterEach
    void realTimeAgain() {
        clock.setClock(null);
    }

    @Test
    void anUrgentEscalationIsMailedToItsCsusManagersWithAnAddress() {
        String title = "Mail: ventilator alarm faulty";
        raise(WARD, title, "URGENT", "Sister Jo", "Staff Nurse Kim");
        Mail mail = awaitOne(CARDIO, title);
        assertEquals("Urgent escalation from " + WARD_NAME + ": " + title, mail.getSubject());
        assertEquals(List.of(CARDIO), mail.getTo(), "one mail per manager: no other addresses shown");
        String text = mail.getText();
        assertTrue(text.contains(WARD_NAME + " (Cardio-respiratory), now with the CSU (tier 2)"), text);
        assertTrue(text.contains("Backup unit borrowed from ward 43"), text);
        assertTrue(text.contains("Severity: Urgent") && text.contains("Acknowledge by: "), text);
        assertOnlyWhatTheWallShows(text);
        pause();
        assertEquals(1, sentTo(CARDIO, title).size(), "mailed once");
        assertTrue(sentTo(SURGERY, title).isEmpty(), "not another CSU's manager");
        assertTrue(sentTo("manager@example.org", title).isEmpty(), "not medicine's manager");
        assertTrue(sentTo("executive@example.org", title).isEmpty(), "not the executives while at tier 2");
    }

    @Test
    void aRoutineEscalationIsMailedToNobody() {
        String title = "Mail: routine, nobody told";
        int before = mailbox.getTotalMessagesSent();
        raise(WARD, title, "ROUTINE", null, null);
        pause();
        assertEquals(before, mailbox.getTotalMessagesSent(), "nothing sent for a routine escalation");
    }

    @Test
    void anUrgentEscalationSentToTier3IsMailedToTheExecutives() {
        String title = "Mail: urgent, needs the trust";
        long id = raise("ward-12", title, "URGENT", null, null);
        awaitOne("manager@example.org", title);
        EscalationRulesTest.act(as("manager"), id, "escalate", "Needs capital funding").statusCode(200);
        Mail mail = awaitOne("executive@example.org", title);
        assertTrue(mail.getText().contains("the trust's executives (tier 3)"), mail.getText());
        pause();
        assertEquals(1, sentTo("manager@example.org", title).size(), "the CSU was told once, on raising");
    }

    @Test
    void aNewlyOverdueEscalationIsMailedOnceAndAgainOnlyAfterAReopening() {
        Instant t0 = LocalDate.now(TRUST).minusDays(14).atTime(10, 0).atZone(TRUST).toInstant();
        String title = "Mail: overdue oxygen supply";
        at(t0);
        long id = raise(WARD, title, "URGENT", null, null);
        awaitOne(CARDIO, title);
        at(t0.plus(Duration.ofMinutes(119)));
        assertFalse(ids(overdueCheck.check()).contains(id), "not yet overdue");

        at(t0.plus(Duration.ofMinutes(121)));
        int version = Escalations.version(as("admin"), id);
        assertTrue(ids(overdueCheck.check()).contains(id));
        Mail mail = awaitOne(CARDIO, "Overdue escalation from " + WARD_NAME + ": " + title);
        assertTrue(mail.getText().contains("Overdue: not acknowledged within 2 hours"), mail.getText());
        assertOnlyWhatTheWallShows(mail.getText());
        assertEquals(version, Escalations.version(as("admin"), id), "telling managers changes nobody's copy");

        at(t0.plus(Duration.ofHours(3)));
        assertFalse(ids(overdueCheck.check()).contains(id), "told once");
        pause();
        assertEquals(1, sentTo(CARDIO, "Overdue escalation from " + WARD_NAME + ": " + title).size());
        assertTrue(sentTo(SURGERY, title).isEmpty());

        // Answered, reopened by the ward, and overdue again 24 hours after the reopening: told again.
        EscalationRulesTest.act(as("executive"), id, "comment", "Trust is watching this").statusCode(200);
        EscalationRulesTest.act(signedIn("mail.cardio-a"), id, "resolve", "Cylinders delivered").statusCode(200);
        Instant reopened = t0.plus(Duration.ofHours(5));
        at(reopened);
        EscalationRulesTest.act(asTablet(WARD), id, "reopen", "Supply ran out again").statusCode(200);
        at(reopened.plus(Duration.ofHours(23)));
        assertFalse(ids(overdueCheck.check()).contains(id));
        at(reopened.plus(Duration.ofHours(25)));
        assertTrue(ids(overdueCheck.check()).contains(id));
        assertFalse(ids(overdueCheck.check()).contains(id));
        pause();
        List<Mail> overdue = sentTo(CARDIO, "Overdue escalation from " + WARD_NAME + ": " + title);
        assertEquals(2, overdue.size());
        assertTrue(overdue.get(1).getText().contains("Overdue: not resolved within 24 hours"), overdue.get(1).getText());
    }

    @Test
    void anAdminGivesAManagerAnAddressOrIsToldWhatIsWrong() {
        person("mail.address-check", "childrens", null);
        as("admin").contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .put("/api/people/mail.address-check").then().statusCode(400)
                .body("errors.field", hasItem("email"));
        as("admin").contentType(ContentType.JSON).body(Map.of("email", "a@b@example.org"))
                .put("/api/people/mail.address-check").then().statusCode(400)
                .body("errors.field", hasItem("email"));
        as("admin").contentType(ContentType.JSON).body(Map.of("email", " childrens.manager@example.org "))
                .put("/api/people/mail.address-check").then().statusCode(200)
                .body("email", equalTo("childrens.manager@example.org"));
        as("admin").contentType(ContentType.JSON).body(Map.of("displayName", "Renamed"))
                .put("/api/people/mail.address-check").then().statusCode(200)
                .body("email", equalTo("childrens.manager@example.org"));
        as("admin").contentType(ContentType.URLENC).formParam("role", "manager").formParam("csus", "childrens")
                .formParam("active", "yes").formParam("password", "").formParam("email", "bad@")
                .post("/people/mail.address-check").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("email must be an e-mail address"));
        as("admin").contentType(ContentType.URLENC).formParam("role", "manager").formParam("csus", "childrens")
                .formParam("active", "yes").formParam("password", "").formParam("email", "")
                .post("/people/mail.address-check").then().statusCode(200);
        as("admin").get("/api/people").then()
                .body("find { it.username == 'mail.address-check' }.email", equalTo(null));
        as("admin").get("/people").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"manager@example.org\""));
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /** Names typed at the huddle, timeline notes and other people's addresses stay out of mail. */
    private static void assertOnlyWhatTheWallShows(String text) {
        assertFalse(text.contains("Sister Jo") || text.contains("Staff Nurse Kim"), text);
        assertFalse(text.replace(CARDIO, "").contains("@"), "no addresses in the text: " + text);
        assertFalse(text.contains("Trust is watching this"), text);
        PublicText.check("mail", text.replace('\n', ' '));
    }

    private long raise(String ward, String title, String severity, String raisedBy, String enteredBy) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "detail",
                "Backup unit borrowed from ward 43", "category", "EQUIPMENT", "severity", severity));
        if (raisedBy != null) {
            body.put("raisedBy", raisedBy);
        }
        if (enteredBy != null) {
            body.put("enteredBy", enteredBy);
        }
        return asTablet(ward).contentType(ContentType.JSON).body(body).post("/api/wards/" + ward + "/escalations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Mail> sentTo(String address, String subjectPart) {
        return mailbox.getMailsSentTo(address) == null ? List.of()
                : mailbox.getMailsSentTo(address).stream().filter(m -> m.getSubject().contains(subjectPart)).toList();
    }

    /** Mail goes out after commit on another thread: waits for it, up to 10 seconds. */
    private Mail awaitOne(String address, String subjectPart) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            List<Mail> found = sentTo(address, subjectPart);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(50);
        }
        throw new AssertionError("no mail to " + address + " about " + subjectPart);
    }

    /** Long enough for a mail that should not come to have come. */
    private static void pause() {
        sleep(500);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void at(Instant instant) {
        clock.setClock(Clock.fixed(instant, TRUST));
    }

    private static List<Long> ids(List<EscalationView> views) {
        return views.stream().map(EscalationView::id).toList();
    }

    private static void person(String username, String csu, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Mail test manager",
                "password", "a-long-password", "role", "manager", "csus", List.of(csu)));
        if (email != null) {
            body.put("email", email);
        }
        int status = as("admin").contentType(ContentType.JSON).body(body).post("/api/people").then().extract()
                .statusCode();
        assertTrue(status == 201 || status == 409, username + ": " + status);
    }

    private static io.restassured.specification.RequestSpecification signedIn(String username) {
        return EscalationRulesTest.signedIn(username);
    }
}
