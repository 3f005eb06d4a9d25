package org.huddleboard.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.asTablet;

import org.huddleboard.TestApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Cross-site writes, security headers, escaping and the public-screen check. */
@QuarkusTest
class BrowserSafetyTest {

    private static final String ENTRY = "/api/wards/ward-41/measures/{m}/entries/{d}";

    @Test
    void writesFromAnotherSiteAreRefused() {
        String board = TestApi.board("ward-41");
        asTablet("ward-41").header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body("{\"value\": 1}").put(ENTRY, "staff-sickness", "2026-01-10").then().statusCode(403);
        asTablet("ward-41").header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON)
                .body("{\"value\": 1}").put(ENTRY, "staff-sickness", "2026-01-10").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(board, TestApi.board("ward-41"));
        asTablet("ward-41").header("Sec-Fetch-Site", "same-origin").contentType(ContentType.JSON)
                .body("{\"value\": 1}").put(ENTRY, "staff-sickness", "2026-01-10").then().statusCode(201);
    }

    @Test
    void pagesSendSecurityHeaders() {
        asTablet("ward-41").get("/wards/ward-41/board").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void noteTextIsShownAsTextNotMarkup() {
        TestApi.putEntry("ward-41", "staff-sickness", "today", body("<script>alert('x')</script>"));
        // The tablet's huddle page always carries today's note; the wall only where the measure is a tile
        // with room for it (a real browser checks the wall: WallScreenBrowserTest).
        asTablet("ward-41").get("/wards/ward-41/huddle").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(not(containsString("<script>alert(")));
        asTablet("ward-41").get("/wards/ward-41/board").then().statusCode(200)
                .body(not(containsString("<script>alert(")));
    }

    @Test
    void somethingLikeAnNhsNumberIsRefusedWith422AndNothingChanges() {
        String board = TestApi.board("ward-41");
        for (String note : new String[] { "Bed 3: 943 476 5919", "9434765919", "ref 943-476-5919" }) {
            asTablet("ward-41").contentType(ContentType.JSON).body("{\"value\": 1, \"note\": \"" + note + "\"}")
                    .put(ENTRY, "staff-sickness", "2026-01-11").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("note"))
                    .body("errors.reason", hasItem(containsString("NHS number")));
        }
        asTablet("ward-41").contentType(ContentType.JSON)
                .body("{\"value\": 1, \"enteredBy\": \"9434765919\"}")
                .put(ENTRY, "staff-sickness", "2026-01-11").then().statusCode(422)
                .body("errors.field", hasItem("enteredBy"));
        org.junit.jupiter.api.Assertions.assertEquals(board, TestApi.board("ward-41"));
        // Ten digits that fail the check digit are not an NHS number: a phone extension, say.
        asTablet("ward-41").contentType(ContentType.JSON).body("{\"value\": 1, \"note\": \"call 9434765910\"}")
                .put(ENTRY, "staff-sickness", "2026-01-11").then().statusCode(201);
    }

    private static String body(String note) {
        int version = TestApi.todaysEntryVersion("ward-41", "staff-sickness");
        return "{\"value\": 1, \"note\": \"" + note + "\"" + (version < 0 ? "" : ", \"version\": " + version) + "}";
    }
}
