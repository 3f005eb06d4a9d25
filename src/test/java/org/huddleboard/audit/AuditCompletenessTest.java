package org.huddleboard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.huddleboard.TestApi;
import org.huddleboard.measure.MeasureEntry;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every value written through the API during the test run so far is in the audit trail, once
 * per write: its creation and each correction (an entry created at version 0 and now at
 * version N was written N + 1 times). Runs after the other tests of the same profile.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AuditCompletenessTest {

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

    @Transactional
    int check() {
        List<MeasureEntry> written = MeasureEntry.list("enteredBy is null or enteredBy <> 'Demo'");
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
