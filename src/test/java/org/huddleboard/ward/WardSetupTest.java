package org.huddleboard.ward;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.huddleboard.TestAuth.as;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The rules of setting up CSUs and wards through /api/csus and /api/wards. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.huddleboard.SetupProfile.class)
class WardSetupTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
    }

    static ValidatableResponse post(String who, String path, Object body) {
        return as(who).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static ValidatableResponse put(String who, String path, Object body) {
        return as(who).contentType(ContentType.JSON).body(body).put(path).then();
    }

    static String newCsu() {
        String code = unique("csu");
        post("admin", "/api/csus", Map.of("code", code, "name", "Surgery " + code)).statusCode(201);
        return code;
    }

    static String newWard(String csu) {
        String code = unique("w");
        post("admin", "/api/wards", Map.of("code", code, "name", "Ward " + code, "csu", csu, "huddleMinutes", 15,
                "theme", "LIGHT")).statusCode(201);
        return code;
    }

    @Test
    void adminCreatesRenamesAndRetiresACsu() {
        String code = unique("csu");
        post("admin", "/api/csus", Map.of("code", code, "name", "Women's")).statusCode(201)
                .body("code", equalTo(code)).body("version", equalTo(0)).body("retired", equalTo(false));
        as("lead").get("/api/csus").then().statusCode(200).body("code", hasItem(code));
        put("admin", "/api/csus/" + code, Map.of("name", "Women's and children's", "version", 0)).statusCode(200)
                .body("name", equalTo("Women's and children's")).body("version", equalTo(1));
        put("admin", "/api/csus/" + code, Map.of("name", "Stale", "version", 0)).statusCode(409)
                .body("current.version", equalTo(1));
        put("admin", "/api/csus/" + code, Map.of("code", "other", "name", "X", "version", 1)).statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].reason", containsString("fixed"));
        post("admin", "/api/csus/" + code + "/retire", Map.of("version", 1)).statusCode(200)
                .body("retired", equalTo(true));
        post("admin", "/api/csus", Map.of("code", code, "name", "Again")).statusCode(409)
                .body("detail", containsString("taken"));
        post("admin", "/api/wards", Map.of("code", unique("w"), "name", "W", "csu", code)).statusCode(400)
                .body("errors[0].field", equalTo("csu"));
    }

    @Test
    void badCsuFieldsAreNamed() {
        post("admin", "/api/csus", Map.of("code", "Bad Code!", "name", "")).statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"));
        post("admin", "/api/csus", Map.of("code", unique("csu"), "name", "Call 943 476 5919")).statusCode(422)
                .body("errors[0].field", equalTo("name"));
        post("lead", "/api/csus", Map.of("code", unique("csu"), "name", "Lead's")).statusCode(403);
        post("manager", "/api/csus", Map.of("code", unique("csu"), "name", "Manager's")).statusCode(403);
    }

    @Test
    void aCsuWithLiveWardsIsNotRetiredAndTheRefusalNamesThem() {
        String csu = newCsu();
        String ward = newWard(csu);
        post("admin", "/api/csus/" + csu + "/retire", Map.of("version", 0)).statusCode(409)
                .body("detail", containsString(ward));
        post("admin", "/api/wards/" + ward + "/retire", Map.of("version", 0)).statusCode(200);
        post("admin", "/api/csus/" + csu + "/retire", Map.of("version", 0)).statusCode(200);
    }

    @Test
    void adminCreatesAndEditsAWardWithItsVersion() {
        String csu = newCsu();
        String other = newCsu();
        String code = unique("w");
        post("admin", "/api/wards", Map.of("code", code, "name", "Ward 7 surgical", "csu", csu, "huddleTime", "08:15",
                "huddleMinutes", 12, "theme", "DARK")).statusCode(201)
                .header("Location", containsString("/api/wards/" + code))
                .body("huddleTime", equalTo("08:15")).body("huddleMinutes", equalTo(12))
                .body("theme", equalTo("DARK")).body("version", equalTo(0));
        as("admin").get("/api/wards").then().statusCode(200).body("code", hasItem(code));
        Map<String, Object> edit = new HashMap<>(Map.of("name", "Ward 7", "csu", other, "huddleMinutes", 20,
                "theme", "LIGHT", "version", 0));
        edit.put("huddleTime", null);
        put("admin", "/api/wards/" + code, edit).statusCode(200)
                .body("name", equalTo("Ward 7")).body("csu", equalTo(other)).body("huddleTime", nullValue())
                .body("theme", equalTo("LIGHT")).body("version", equalTo(1));
        put("admin", "/api/wards/" + code, edit).statusCode(409).body("current.version", equalTo(1));
        put("admin", "/api/wards/" + code, Map.of("code", "renamed", "version", 1)).statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].reason", containsString("fixed"));
        put("admin", "/api/wards/" + code, Map.of("huddleTime", "25:00", "huddleMinutes", 2, "theme", "PINK",
                "version", 1)).statusCode(400)
                .body("errors.field", hasItem("huddleTime")).body("errors.field", hasItem("huddleMinutes"))
                .body("errors.field", hasItem("theme"));
        as("admin").get("/api/audit?ward=" + code).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.containsInAnyOrder("ward.created", "ward.updated"));
        post("admin", "/api/wards", Map.of("code", code, "name", "Again", "csu", csu)).statusCode(409)
                .body("detail", containsString("taken"));
        post("admin", "/api/wards", Map.of("name", "No code", "csu", "nowhere")).statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("csu"));
    }

    @Test
    void aLeadChangesOnlyTheirOwnWardsHuddleSettings() {
        int version = as("lead").get("/api/wards/ward-14").then().statusCode(200).extract().path("version");
        put("lead", "/api/wards/ward-14", Map.of("huddleTime", "10:45", "version", version)).statusCode(200)
                .body("huddleTime", equalTo("10:45")).body("version", equalTo(version + 1));
        put("lead", "/api/wards/ward-14", Map.of("name", "Renamed by a lead", "version", version + 1))
                .statusCode(403).body("detail", containsString("huddle time"));
        put("lead", "/api/wards/ward-14", Map.of("csu", "children", "version", version + 1)).statusCode(403);
        Map<String, Object> back = new HashMap<>(Map.of("version", version + 1));
        back.put("huddleTime", null);
        put("lead", "/api/wards/ward-14", back).statusCode(200).body("huddleTime", nullValue());
        put("lead", "/api/wards/ward-31", Map.of("huddleMinutes", 12, "version", 0)).statusCode(403);
        put("manager", "/api/wards/ward-12", Map.of("huddleMinutes", 12, "version", 0)).statusCode(403);
        post("lead", "/api/wards", Map.of("code", unique("w"), "name", "W", "csu", "medicine")).statusCode(403);
        post("lead", "/api/wards/ward-14/retire", Map.of("version", version + 2)).statusCode(403);
        post("manager", "/api/wards/ward-12/retire", Map.of("version", 0)).statusCode(403);
        TestAuth.asTablet("ward-14").contentType(ContentType.JSON).body(Map.of("huddleMinutes", 12, "version", 0))
                .put("/api/wards/ward-14").then().statusCode(403);
    }

    @Test
    void aRetiredWardLeavesTheListsAndTakesNoMoreChanges() {
        String csu = newCsu();
        String ward = newWard(csu);
        String tablet = TestAuth.pair(ward, "ward", "Tablet of a ward to retire");
        post("admin", "/api/wards/" + ward + "/retire", Map.of("version", 0)).statusCode(200)
                .body("retired", equalTo(true));
        // Its devices are unpaired, so no wall goes on showing a board nobody keeps.
        io.restassured.RestAssured.given().cookie("hb_device", tablet).contentType(ContentType.JSON)
                .body(Map.of("title", "After retiring", "problem", "Ward closed", "idea", "Nothing",
                        "qualityAim", "OUTCOMES"))
                .post("/api/wards/" + ward + "/ideas").then().statusCode(401);
        as("admin").get("/api/audit?action=device.revoked").then().statusCode(200)
                .body(containsString("Tablet of a ward to retire (ward retired)"));
        TestAuth.Waiting waiting = TestAuth.startPairing();
        as("admin").contentType(ContentType.JSON).body(Map.of("code", waiting.code(), "ward", ward, "role", "display",
                "name", "Too late")).post("/api/devices").then().statusCode(409)
                .body("detail", containsString("was retired"));
        as("admin").get("/api/wards").then().statusCode(200).body("code", not(hasItem(ward)));
        as("admin").get("/").then().statusCode(200).body(not(containsString("/wards/" + ward + "/board")));
        put("admin", "/api/wards/" + ward, Map.of("huddleMinutes", 12, "version", 1)).statusCode(409)
                .body("detail", equalTo("Ward " + ward + " was retired"));
        post("admin", "/api/wards/" + ward + "/retire", Map.of("version", 1)).statusCode(409);
        post("admin", "/api/wards", Map.of("code", ward, "name", "Reused", "csu", csu)).statusCode(409);
        // Its history stays readable where it is kept.
        as("admin").get("/api/wards/" + ward).then().statusCode(200).body("retired", equalTo(true));
    }
}
