package org.huddleboard.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.huddleboard.TestAuth.as;

import java.util.Map;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditTest {

    @Test
    void aBoardChangeIsRecordedWithWhoWhatAndTheValuesBeforeAndAfter() {
        TestApi.putEntry("ward-43", "agency-shifts", "2026-02-01", "{\"value\": 2, \"enteredBy\": \"AB\"}")
                .statusCode(201);
        TestApi.putEntry("ward-43", "agency-shifts", "2026-02-01", "{\"value\": 3, \"version\": 0}")
                .statusCode(200);

        as("admin").get("/api/audit?ward=ward-43&limit=20").then().statusCode(200)
                .body("find { it.action == 'measure-entry.created' && it.subject == 'agency-shifts 2026-02-01' }"
                        + ".typedName", equalTo("AB"))
                .body("find { it.action == 'measure-entry.created' && it.subject == 'agency-shifts 2026-02-01' }"
                        + ".actorKind", equalTo("DEVICE"))
                .body("find { it.action == 'measure-entry.corrected' && it.subject == 'agency-shifts 2026-02-01' }"
                        + ".before", containsString("\"value\":2.0"))
                .body("find { it.action == 'measure-entry.corrected' && it.subject == 'agency-shifts 2026-02-01' }"
                        + ".after", containsString("\"value\":3.0"));
    }

    @Test
    void pairingAndRevocationAreRecorded() {
        TestAuth.pair("ward-43", "display", "Audited screen");
        int id = as("admin").get("/api/devices").then().extract().path("find { it.name == 'Audited screen' }.id");
        as("admin").delete("/api/devices/" + id).then().statusCode(204);
        as("admin").get("/api/audit?ward=ward-43").then()
                .body("findAll { it.subject.contains('Audited screen') }.action", hasItem("device.paired"))
                .body("findAll { it.subject.contains('Audited screen') }.action", hasItem("device.revoked"))
                .body("find { it.action == 'device.revoked' && it.subject.contains('Audited screen') }.actor",
                        equalTo("admin"));
    }

    @Test
    void exportIsCsvWithAHeaderRowAndQuotedCells() {
        TestApi.putEntry("ward-43", "agency-shifts", "2026-02-02", "{\"value\": 1, \"note\": \"Cover, then more\"}")
                .statusCode(201);
        as("admin").get("/api/audit/export.csv?ward=ward-43").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .body(startsWith("id,at,actor_kind,actor,typed_name,ward,action,subject,before,after\r\n"))
                .body(containsString("Cover, then more"));
    }

    @Test
    void theTrailCannotBeEditedThroughAnyApi() {
        as("admin").contentType(ContentType.JSON).body(Map.of("action", "x")).put("/api/audit").then()
                .statusCode(405);
        as("admin").delete("/api/audit").then().statusCode(405);
        as("admin").contentType(ContentType.JSON).body(Map.of("action", "x")).post("/api/audit").then()
                .statusCode(405);
    }

    @Test
    void adminBrowsesTheTrailOnAPageByWardAndDate() {
        TestApi.putEntry("ward-43", "agency-shifts", "2026-02-03", "{\"value\": 4, \"enteredBy\": \"CD\"}")
                .statusCode(201);
        as("admin").get("/audit?ward=ward-43").then().statusCode(200)
                .body(containsString("agency-shifts 2026-02-03")).body(containsString("CD"));
        as("lead").get("/audit").then().statusCode(403);
    }

    @Test
    void badFiltersNameTheField() {
        as("admin").get("/api/audit?from=yesterday").then().statusCode(400).body("errors.field", hasItem("from"));
        as("admin").get("/api/audit?limit=0").then().statusCode(400).body("errors.field", hasItem("limit"));
        as("admin").get("/api/audit?limit=abc").then().statusCode(400).body("errors.field", hasItem("limit"));
        as("admin").get("/api/audit?limit=99999999999").then().statusCode(400).body("errors.field", hasItem("limit"));
        for (String to : new String[] { "%2B999999999-12-31", "-999999999-01-01", "0000-01-01" }) {
            as("admin").urlEncodingEnabled(false).get("/api/audit?to=" + to).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("to"));
            as("admin").urlEncodingEnabled(false).get("/api/audit/export.csv?to=" + to).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("to"));
            as("admin").urlEncodingEnabled(false).get("/audit?to=" + to).then().statusCode(400)
                    .contentType(containsString("text/html")).body(containsString("to</strong> must be a date"));
        }
        as("admin").urlEncodingEnabled(false).get("/api/audit?from=-999999999-01-01").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }
}
