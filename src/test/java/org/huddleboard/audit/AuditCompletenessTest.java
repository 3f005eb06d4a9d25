package org.huddleboard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.escalation.Escalation;
import org.huddleboard.escalation.EscalationChanges;
import org.huddleboard.escalation.EscalationEvent;
import org.huddleboard.idea.Idea;
import org.huddleboard.idea.IdeaChanges;
import org.huddleboard.measure.MeasureEntry;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every value written through the API during the test run so far is in the audit trail, once
 * per write: its creation and each correction (an entry created at version 0 and now at
 * version N was written N + 1 times); likewise every change to an idea card and every step of an
 * escalation. Runs after the other tests of the same profile.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AuditCompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void everyChangeMadeInTheTestsIsAudited() {
        TestApi.putEntry("ward-33", "agency-shifts", "2026-02-10", "{\"value\": 1}").statusCode(201);
        TestApi.putEntry("ward-33", "agency-shifts", "2026-02-10", "{\"value\": 2, \"version\": 0}").statusCode(200);
        int checked = check();
        assertTrue(checked >= 1, "at least the entry written here was checked");
        System.out.printf("Audit trail complete for %d entries written through the API in this run%n", checked);
    }

    @Test
    void everyCardChangeMadeInTheTestsIsAudited() {
        long id = TestAuth.asTablet("ward-33").contentType(ContentType.JSON).body(Map.of("title", "Audited card",
                "problem", "Drug round interrupted", "idea", "Red tabard on rounds", "qualityAim", "OUTCOMES"))
                .post("/api/wards/ward-33/ideas").then().statusCode(201).extract().jsonPath().getLong("id");
        TestAuth.asTablet("ward-33").contentType(ContentType.JSON).body(Map.of("version", 0, "to", "TESTING"))
                .post("/api/wards/ward-33/ideas/" + id + "/moves").then().statusCode(200);
        TestAuth.asTablet("ward-33").contentType(ContentType.JSON).body(Map.of("version", 1, "stage", "PLAN",
                "note", "Two weeks on days")).post("/api/wards/ward-33/ideas/" + id + "/notes").then().statusCode(201);
        Cards cards = checkCards();
        assertTrue(cards.written().contains(id), "the card written here was checked");
        System.out.printf("Audit trail complete for %d cards written through the API in this run (%d demo cards"
                + " never changed)%n", cards.written().size(), cards.untouched());
    }

    @Test
    void everyEscalationChangeMadeInTheTestsIsAudited() {
        long id = TestAuth.asTablet("ward-33").contentType(ContentType.JSON).body(Map.of("title", "Audited escalation",
                "detail", "Hoist out of service", "category", "EQUIPMENT", "severity", "ROUTINE"))
                .post("/api/wards/ward-33/escalations").then().statusCode(201).extract().jsonPath().getLong("id");
        TestAuth.as("executive").contentType(ContentType.JSON).body(Map.of("action", "comment", "version", 0,
                "text", "Seen at the trust huddle")).post("/api/escalations/" + id + "/actions").then().statusCode(200);
        TestAuth.as("admin").contentType(ContentType.JSON).body(Map.of("action", "acknowledge", "version", 0))
                .post("/api/escalations/" + id + "/actions").then().statusCode(403);
        List<Long> checked = checkEscalations();
        assertTrue(checked.contains(id), "the escalation written here was checked");
        System.out.printf("Audit trail complete for %d escalations changed through the API in this run%n",
                checked.size());
    }

    /**
     * Each escalation with audit lines has one per step of its timeline since it was first
     * changed through the API (all of them if it was raised through the API), in order, under
     * its ward. Demo escalations are loaded without audit lines.
     */
    @Transactional
    List<Long> checkEscalations() {
        List<Long> written = new ArrayList<>();
        for (Escalation e : Escalation.<Escalation> listAll()) {
            List<AuditEvent> events = AuditEvent.list("subject = ?1 order by id", EscalationChanges.subject(e.id));
            if (events.isEmpty()) {
                continue;
            }
            written.add(e.id);
            List<String> steps = EscalationEvent.timeline(e).stream().map(s -> "escalation." + s.action).toList();
            List<String> audited = events.stream().map(a -> a.action).toList();
            if (audited.get(0).equals("escalation.raise")) {
                assertEquals(steps, audited, "one audit line per step of escalation " + e.id);
            } else {
                assertEquals(steps.subList(steps.size() - audited.size(), steps.size()), audited,
                        "one audit line per step of demo escalation " + e.id + " since it was first changed");
            }
            for (AuditEvent a : events) {
                assertEquals(e.ward.code, a.wardCode, "the escalation's ward on " + a.action + " of " + e.id);
            }
        }
        return written;
    }

    record Cards(List<Long> written, int untouched) {
    }

    /**
     * Each card with audit lines has one per version since it was first written through the
     * API, each line's after at the next version. Demo cards are loaded without audit lines, so
     * a card with none must never have been changed (still at version 0).
     */
    @Transactional
    Cards checkCards() {
        List<Long> written = new ArrayList<>();
        int untouched = 0;
        for (Idea card : Idea.<Idea> listAll()) {
            List<AuditEvent> events = AuditEvent.list("subject = ?1 order by id", IdeaChanges.subject(card.id));
            if (events.isEmpty()) {
                assertEquals(0, card.version, "card " + card.id + " was changed with no audit line");
                untouched++;
                continue;
            }
            written.add(card.id);
            // A card raised through the API starts with no "before"; a demo card starts at its loaded version.
            Integer first = versionIn(events.get(0).beforeValue);
            int startsAt = events.get(0).beforeValue == null ? -1 : first == null ? card.version - events.size()
                    : first;
            assertEquals(card.version - startsAt, events.size(), "one audit line per version of card " + card.id
                    + ": " + events.stream().map(e -> e.action).toList());
            for (int i = 0; i < events.size(); i++) {
                Integer after = versionIn(events.get(i).afterValue);
                if (after != null) { // a long card's JSON may be cut at the audit trail's limit
                    assertEquals(startsAt + 1 + i, after, "line " + i + " of card " + card.id + " ("
                            + events.get(i).action + ") shows the version it made");
                }
                assertEquals(card.ward.code, events.get(i).wardCode, "the card's ward on line " + i);
            }
        }
        return new Cards(written, untouched);
    }

    private static Integer versionIn(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode version = JSON.readTree(json).get("version");
            return version == null ? null : version.asInt();
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * A CSV import is audited once, with its counts, not once per row (50,000 lines would drown the
     * trail): the entries it wrote last are covered by the history imports' audit lines.
     */
    @Transactional
    int checkImported() {
        long imported = MeasureEntry.count("enteredBy", "CSV import");
        long audited = 0;
        for (AuditEvent a : AuditEvent.<AuditEvent> list("action", "import.history")) {
            try {
                JsonNode counts = JSON.readTree(a.afterValue);
                audited += counts.get("created").asLong() + counts.get("changed").asLong();
            } catch (Exception e) {
                throw new AssertionError("an import's audit line without its counts: " + a.afterValue, e);
            }
        }
        assertTrue(audited >= imported, imported + " entries written by imports, " + audited + " audited");
        return (int) imported;
    }

    @Test
    void everyImportIsAuditedWithItsCounts() {
        System.out.printf("Audit trail covers the %d entries last written by CSV imports in this run%n",
                checkImported());
    }

    @Transactional
    int check() {
        List<MeasureEntry> written = MeasureEntry.list("enteredBy is null or enteredBy not in ('Demo', 'CSV import')");
        for (MeasureEntry e : written) {
            String subject = e.measure.key + " " + e.date;
            List<AuditEvent> events = AuditEvent.list("wardCode = ?1 and subject = ?2 order by id", e.ward.code,
                    subject);
            assertTrue(!events.isEmpty(), "audit lines for " + e.ward.code + " " + subject);
            // Demo history is loaded without audit; a demo value corrected in a test starts at "corrected".
            boolean createdHere = events.get(0).action.equals("measure-entry.created");
            assertEquals(createdHere ? e.version + 1 : e.version, events.size(),
                    "one audit line per write of " + e.ward.code + " " + subject);
            assertTrue(events.get(events.size() - 1).afterValue.contains("\"version\":" + e.version),
                    "the last line shows the entry as it is now: " + subject);
        }
        return written.size();
    }
}
