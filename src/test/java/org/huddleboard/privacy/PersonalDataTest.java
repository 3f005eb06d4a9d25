package org.huddleboard.privacy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.access.OldSessions;
import org.huddleboard.access.Person;
import org.huddleboard.access.UserSession;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A subject access request and an erasure, as a trust's IG team would make them: the export holds
 * what the person did and no secret; after erasure their name is nowhere the API shows it, and
 * every record they appear in is still there.
 */
@QuarkusTest
@TestProfile(PersonalDataProfile.class)
class PersonalDataTest {

    private static final String PASSWORD = "a-long-password-2026";

    @Inject
    OldSessions oldSessions;
    @Inject
    AgroalDataSource dataSource;

    /** A manager of Medicine (ward-12's CSU) who signs in, and is named on ward-12's records. */
    private record Someone(String username, String name, String email, RequestSpecification session) {
        RequestSpecification as() {
            return RestAssured.given().spec(session);
        }
    }

    private static Someone manager(String username, String name, String email) {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", username, "displayName", name,
                "password", PASSWORD, "role", "manager", "csus", List.of("medicine"), "email", email))
                .post("/api/people").then().statusCode(201);
        String session = TestAuth.signIn(username, PASSWORD);
        return new Someone(username, name, email, RestAssured.given().cookie("hb_session", session));
    }

    /** A refused sign-in: an attempt counted against the name, and an audit line with the name tried. */
    private static void wrongPassword(String username) {
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", username)
                .formParam("password", "not-the-password").post("/sign-in").then().statusCode(not(303));
    }

    /** What they leave behind on ward-12: a card they raised, an escalation they answered, thanks, a typed "initials". */
    private static Map<String, Long> namedOnWard12(Someone who, String initials) {
        long idea = asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("title", "Quiet protected mealtimes",
                "problem", "Rounds interrupt lunch; " + who.name() + " noticed it", "idea", "Sign on the door",
                "qualityAim", "PATIENT_EXPERIENCE", "raisedBy", who.name(), "owner", initials, "enteredBy", initials))
                .post("/api/wards/ward-12/ideas").then().statusCode(201).extract().jsonPath().getLong("id");
        long escalation = asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("title", "Hoist broken",
                "detail", "Second hoist out of service", "category", "EQUIPMENT", "severity", "ROUTINE",
                "raisedBy", initials)).post("/api/wards/ward-12/escalations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        who.as().contentType(ContentType.JSON).body(Map.of("action", "acknowledge", "version", 0))
                .post("/api/escalations/" + escalation + "/actions").then().statusCode(200);
        who.as().contentType(ContentType.JSON).body(Map.of("action", "resolve", "version", 1,
                "text", "New hoist on Monday, " + who.name())).post("/api/escalations/" + escalation + "/actions")
                .then().statusCode(200);
        long thanks = asTablet("ward-12").contentType(ContentType.JSON).body(Map.of("text", "Thanks to " + who.name()
                + " for the cover", "by", initials)).post("/api/wards/ward-12/thanks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return Map.of("idea", idea, "escalation", escalation, "thanks", thanks);
    }

    @Test
    void theExportHoldsWhatThePersonDidAndNeverAPasswordHash() {
        Someone priya = manager("priya.export", "Priya Okonjo", "priya.okonjo@example.org");
        Map<String, Long> ids = namedOnWard12(priya, "PO");
        wrongPassword("priya.export");

        String body = as("admin").queryParam("also", "PO").get("/api/people/priya.export/data").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("person.username", equalTo("priya.export"))
                .body("person.displayName", equalTo("Priya Okonjo"))
                .body("person.email", equalTo("priya.okonjo@example.org"))
                .body("person.csus", equalTo(List.of("medicine")))
                .body("records.idea.id", hasItem(ids.get("idea").intValue()))
                .body("records.escalation.id", hasItem(ids.get("escalation").intValue()))
                .body("records.thanks_note.id", hasItem(ids.get("thanks").intValue()))
                .body("records.escalation_event.actor_name", hasItem("Priya Okonjo"))
                .body("records.audit_event.action", hasItem("sign-in.succeeded"))
                .body("records.audit_event.actor", not(hasItem("admin")))
                .body("records.user_session.size()", equalTo(1))
                .body("records.sign_in_attempt.size()", equalTo(1))
                .body("records.audit_event.action", hasItem("sign-in.failed"))
                .body("searchedFor", equalTo(List.of("priya.export", "Priya Okonjo", "PO", "priya.okonjo@example.org")))
                .extract().asString();
        JsonPath json = JsonPath.from(body);
        assertTrue(json.getList("records.audit_event.findAll { it.actor_name == 'priya.export' }.action")
                .contains("escalation.resolve"), "their own changes are in the export: " + body.length());
        assertFalse(body.contains("$2a$") || body.contains("$2b$") || body.contains("$2y$"), "no bcrypt hash");
        assertFalse(body.toLowerCase().contains("password_hash") || body.contains("passwordHash")
                || body.contains("token_hash"), "no hash columns at all");
        // Without the initials, the card and thanks typed as "PO" are still found by the name in their text.
        as("admin").get("/api/people/priya.export/data").then().statusCode(200)
                .body("records.idea.id", hasItem(ids.get("idea").intValue()))
                .body("records.thanks_note.id", hasItem(ids.get("thanks").intValue()));
        as("admin").get("/api/audit").then().body("findAll { it.action == 'person.data-exported' }.subject",
                hasItem("person priya.export"));
        System.out.printf("Subject access export: %d characters, counts %s%n", body.length(),
                json.getMap("counts"));
    }

    @Test
    void erasureTakesTheNameOutOfEverythingAndKeepsTheRecords() throws Exception {
        Someone jordan = manager("jordan.erase", "Jordan Mbeki", "jordan.mbeki@example.org");
        Map<String, Long> ids = namedOnWard12(jordan, "JM");
        wrongPassword("jordan.erase");
        int ideas = asTablet("ward-12").get("/api/wards/ward-12/ideas").then().statusCode(200).extract().jsonPath()
                .getList("id").size();
        int escalations = as("executive").get("/api/wards/ward-12/escalations").then().statusCode(200).extract()
                .jsonPath().getList("id").size();

        as("admin").post("/api/people/jordan.erase/erase").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("access"));
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/people/jordan.erase")
                .then().statusCode(200);

        JsonPath erased = as("admin").queryParam("also", "JM").post("/api/people/jordan.erase/erase").then()
                .statusCode(200).extract().jsonPath();
        String placeholder = erased.getString("username");
        assertTrue(placeholder.matches("former-staff-\\d+"), placeholder);
        assertEquals("Former staff member " + placeholder.substring("former-staff-".length()),
                erased.getString("displayName"));

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from sign_in_attempt where username = 'jordan.erase'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1), "their sign-in attempts are gone");
        }
        List<String> gone = List.of("Jordan Mbeki", "jordan.erase", "jordan.mbeki@example.org", "\"JM\"");
        String export = as("admin").get("/api/people/" + placeholder + "/data").then().statusCode(200)
                .body("person.email", equalTo(null)).extract().asString();
        String audit = as("admin").get("/api/audit/export.csv").then().statusCode(200).extract().asString();
        String wardIdeas = asTablet("ward-12").get("/api/wards/ward-12/ideas").then().extract().asString();
        String wardEscalations = as("executive").get("/api/wards/ward-12/escalations").then().extract().asString();
        String timeline = as("executive").get("/api/escalations/" + ids.get("escalation") + "/timeline").then()
                .statusCode(200).extract().asString();
        String thanks = asTablet("ward-12").get("/api/wards/ward-12/thanks").then().extract().asString();
        for (String text : List.of(export, audit, wardIdeas, wardEscalations, timeline, thanks)) {
            for (String name : gone) {
                assertFalse(text.contains(name), name + " is still in " + text.substring(0, Math.min(300,
                        text.length())));
            }
        }
        assertTrue(audit.contains(",JM,") == false && audit.contains(placeholder), "the audit trail names the placeholder");

        asTablet("ward-12").get("/api/wards/ward-12/ideas/" + ids.get("idea")).then().statusCode(200)
                .body("raisedBy", equalTo(erased.getString("displayName")))
                .body("owner", equalTo(erased.getString("displayName")))
                .body("problem", equalTo("Rounds interrupt lunch; " + erased.getString("displayName") + " noticed it"));
        as("executive").get("/api/escalations/" + ids.get("escalation")).then().statusCode(200)
                .body("owner", equalTo(erased.getString("displayName")))
                .body("answeredBy", equalTo(erased.getString("displayName")))
                .body("state", equalTo("RESOLVED"));
        assertEquals(ideas, asTablet("ward-12").get("/api/wards/ward-12/ideas").then().extract().jsonPath()
                .getList("id").size(), "every card is still on the ward");
        assertEquals(escalations, as("executive").get("/api/wards/ward-12/escalations").then().extract().jsonPath()
                .getList("id").size(), "every escalation is still on the ward");

        // Asking again answers the same, and is not audited again; the old name is unknown now.
        as("admin").post("/api/people/" + placeholder + "/erase").then().statusCode(200)
                .body("username", equalTo(placeholder)).body("erasedAt", equalTo(erased.getString("erasedAt")));
        as("admin").post("/api/people/jordan.erase/erase").then().statusCode(404)
                .contentType("application/problem+json");
        List<Map<String, Object>> lines = as("admin").get("/api/audit").then().extract().jsonPath()
                .getList("findAll { it.action == 'person.erased' && it.subject == 'person " + placeholder + "' }");
        assertEquals(1, lines.size(), "one audit line for the erasure: " + lines);
        assertFalse(lines.toString().contains("Jordan"), lines.toString());

        // They can no longer sign in, nor be brought back.
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "jordan.erase").formParam("password", PASSWORD).post("/sign-in").then()
                .statusCode(org.hamcrest.Matchers.not(303));
        jordan.as().get("/api/escalations").then().statusCode(401);
        as("admin").contentType(ContentType.JSON).body(Map.of("active", true, "password", PASSWORD))
                .put("/api/people/" + placeholder).then().statusCode(409);
        System.out.printf("Erasure: %s%n", lines.get(0).get("after"));
    }

    @Test
    void thePeoplePageOffersTheExportAndErasesSomeoneWhoLeft() {
        manager("lee.page", "Lee Fernhill", "lee.fernhill@example.org");
        as("admin").get("/people").then().statusCode(200)
                .body(containsString("href=\"/api/people/lee.page/data\""))
                .body(not(containsString("action=\"/people/lee.page/erase\"")));
        as("admin").contentType(ContentType.URLENC).formParam("role", "manager").formParam("csus", "medicine")
                .formParam("active", "no").formParam("password", "").post("/people/lee.page").then().statusCode(200)
                .body(containsString("action=\"/people/lee.page/erase\""));
        as("admin").contentType(ContentType.URLENC).post("/people/lee.page/erase").then().statusCode(400)
                .body(containsString("Tick the box"));
        as("admin").contentType(ContentType.URLENC).formParam("confirm", "yes").post("/people/lee.page/erase").then()
                .statusCode(200).body(containsString("now Former staff member"));
        as("admin").get("/people").then().statusCode(200).body(not(containsString("Lee Fernhill")))
                .body(not(containsString("lee.fernhill@example.org")))
                .body(containsString("their name and sign-in details were erased"));
    }

    @Test
    void expiredSessionsArePrunedAndLiveOnesKept() {
        Someone ana = manager("ana.sessions", "Ana Sessions", "ana.sessions@example.org");
        long expired = QuarkusTransaction.requiringNew().call(() -> {
            UserSession old = new UserSession();
            old.person = Person.findByUsername("ana.sessions").orElseThrow();
            old.tokenHash = "0".repeat(64);
            old.createdAt = Instant.now().minus(Duration.ofHours(13));
            old.expiresAt = Instant.now().minus(Duration.ofHours(1));
            old.persist();
            return old.id;
        });
        long deleted = oldSessions.deleteExpired();
        assertTrue(deleted >= 1, "the expired session went: " + deleted);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> UserSession.count("id", expired)));
        ana.as().get("/api/escalations").then().statusCode(200);
        as("admin").get("/api/people/ana.sessions/data").then().statusCode(200)
                .body("records.user_session.size()", equalTo(1));
        System.out.printf("Expired sessions pruned: %d%n", deleted);
    }

    /**
     * Years of audit trail: the export and the erasure read every line's text. Old lines (two
     * years back, negative ids so no generated id is taken) of which one in a hundred names them.
     */
    @Test
    void exportAndErasureReadAYearsOfAuditTrail() throws Exception {
        int lines = 50_000;
        manager("casey.scale", "Casey Brightwater", "casey.b@example.org");
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false)).put("/api/people/casey.scale")
                .then().statusCode(200);
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofDays(730)));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into"
                + " audit_event (id, occurred_at, actor_kind, actor_name, typed_name, ward_code, action, subject,"
                + " before_value, after_value) values (?, ?, ?, ?, ?, 'ward-12', 'idea.edited', ?, ?, ?)")) {
            for (int i = 1; i <= lines; i++) {
                boolean theirs = i % 100 == 0;
                String card = "{\"id\":" + i + ",\"title\":\"Protected mealtimes " + i + "\",\"problem\":\""
                        + "x".repeat(400) + "\",\"raisedBy\":\"" + (theirs ? "Casey Brightwater" : "CN Patel")
                        + "\",\"version\":1}";
                s.setLong(1, -i);
                s.setTimestamp(2, old);
                s.setString(3, theirs ? "PERSON" : "DEVICE");
                s.setString(4, theirs ? "casey.scale" : "ward of ward-12");
                s.setString(5, theirs ? null : "KP");
                s.setString(6, "idea " + i);
                s.setString(7, card);
                s.setString(8, card);
                s.addBatch();
                if (i % 1000 == 0) {
                    s.executeBatch();
                }
            }
        }
        long started = System.nanoTime();
        int exported = as("admin").get("/api/people/casey.scale/data").then().statusCode(200).extract().jsonPath()
                .getInt("counts.audit_event");
        long exportMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(exported >= lines / 100, "every line naming them is exported: " + exported);
        started = System.nanoTime();
        as("admin").post("/api/people/casey.scale/erase").then().statusCode(200);
        long eraseMs = (System.nanoTime() - started) / 1_000_000;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select"
                + " count(case when after_value like '%Casey Brightwater%' or actor_name = 'casey.scale' then 1 end),"
                + " count(case when after_value like '%Former staff member%' then 1 end) from audit_event where id < 0");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no line names them");
            assertEquals(lines / 100, rs.getInt(2), "their lines name the placeholder, and only theirs");
        }
        System.out.printf("Personal data over %,d audit lines: export %d ms (%d lines name them), erasure %d ms%n",
                lines, exportMs, exported, eraseMs);
    }

    @Test
    void onlyAnAdminMayAskAndAnUnknownPersonIsNotFound() {
        for (RequestSpecification caller : List.of(as("lead"), as("manager"), as("executive"),
                asTablet("ward-12"))) {
            RestAssured.given().spec(caller).get("/api/people/lead/data").then().statusCode(403);
            RestAssured.given().spec(caller).post("/api/people/lead/erase").then().statusCode(403);
        }
        as("admin").get("/api/people/nobody.here/data").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").post("/api/people/nobody.here/erase").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").queryParam("also", "x".repeat(121)).get("/api/people/lead/data").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("also"));
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "former-staff-7", "displayName", "Someone",
                "password", PASSWORD, "role", "lead")).post("/api/people").then().statusCode(400)
                .body("errors.field", hasItem("username"));
        // Nor by importing a file: an erased person's username cannot bring them back.
        as("admin").contentType("text/csv; charset=utf-8").body("username,displayName,role\nformer-staff-7,Someone,lead\n")
                .queryParam("fileName", "people.csv").post("/api/imports/people/dry-run").then().statusCode(200)
                .body("rejected", equalTo(1)).body("lines[0].detail", containsString("erased"));
    }
}
