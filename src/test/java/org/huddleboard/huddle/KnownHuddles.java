package org.huddleboard.huddle;

import static org.huddleboard.TestAuth.as;
import static org.huddleboard.TestAuth.asTablet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.huddleboard.TestApi;
import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A known set of huddles on the Surgery wards (ward-21 and ward-23, which no other test uses for
 * huddles), made through the API with the trust clock moved to the winter of 2023-24 (GMT, so
 * trust time is UTC): the demo's huddles are the last 120 days and other tests' are today or in
 * 2031, so none falls in these ranges. Read at {@link #NOW}: the 30-day range is 2024-01-21 to
 * 2024-02-19, the 90-day one 2023-11-22 to 2024-02-19. Made once per test run.
 */
final class KnownHuddles {

    static final Instant NOW = Instant.parse("2024-02-20T12:00:00Z");
    static final String WARD = "ward-21";
    static final String OTHER_WARD = "ward-23";
    static final String CSU = "surgery";
    static final String MANAGER = "huddles.surgery";
    static final String NOTE = "One registered nurse short on the late shift";

    private static boolean made;
    private static String managerSession;

    private KnownHuddles() {
    }

    /**
     * ward-21, 30 days: held on 19, 18, 17, 16 Feb and 21 Jan (5 of 30); huddles of 11, 9, 12, 10 and 15
     * min, one auto-ended and a second one on the 16th: median 11 min; attendance 6, 8, 5, 7, 4, 10:
     * median 6.5. 90 days adds 20 Jan (20 min, 9 people): 6 of 90, median 11.5 min and 7 people.
     * ward-23, 30 days: 19, 15 and 10 Feb; 8 and 13.5 min (10.75, so 10.8) and one auto-ended;
     * attendance 6, 5, 3: median 5. Today's huddle on ward-21 (20 Feb) is in no figure.
     */
    static synchronized void make(TrustClock clock, HuddleService huddles) {
        if (made) {
            return;
        }
        // Sessions and pairings at the real time: made under a moved clock, they would expire with it.
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", MANAGER, "displayName", "Surgery CSU Manager", "password", "a-long-password",
                        "role", "manager", "csus", List.of(CSU)))
                .post("/api/people").then().statusCode(201);
        managerSession = TestAuth.signIn(MANAGER, "a-long-password");
        TestAuth.session("executive");
        TestAuth.session("manager");
        TestAuth.session("lead");
        TestAuth.device(WARD, "ward");
        TestAuth.device(OTHER_WARD, "ward");
        TestAuth.device(WARD, "display");
        made = true;
        try {
            long first = start(clock, WARD, "2024-02-19T09:30:00Z", "Sister T", 6,
                    List.of("NURSE_IN_CHARGE", "NURSE", "HCA"));
            at(clock, "2024-02-19T09:33:00Z");
            asTablet(WARD).contentType(ContentType.JSON)
                    .body(Map.of("facilitator", "Sister T", "attendance", 6, "roles",
                            List.of("NURSE_IN_CHARGE", "NURSE", "HCA"), "notes", NOTE, "version", 0))
                    .put("/api/wards/" + WARD + "/huddles/" + first).then().statusCode(200);
            at(clock, "2024-02-19T09:35:00Z");
            TestApi.putEntry(WARD, "falls", "today", "{\"value\": 0}").statusCode(201);
            TestApi.putEntry(WARD, "obs-on-time", "today", "{\"value\": 92}").statusCode(201);
            at(clock, "2024-02-19T09:37:00Z");
            asTablet(WARD).contentType(ContentType.JSON).body(Map.of("text", "Well done on the audit"))
                    .post("/api/wards/" + WARD + "/thanks").then().statusCode(201);
            end(clock, WARD, first, "2024-02-19T09:41:00Z");
            ended(clock, WARD, "2024-02-18T09:30:00Z", "2024-02-18T09:39:00Z", 8);
            ended(clock, WARD, "2024-02-17T09:32:00Z", "2024-02-17T09:44:00Z", 5);
            start(clock, WARD, "2024-02-16T09:30:00Z", "CN Walsh", 7, List.of("NURSE_IN_CHARGE"));
            at(clock, "2024-02-16T10:31:00Z");
            assertEquals(1, huddles.endForgotten(), "the one left open is ended by the server");
            ended(clock, WARD, "2024-02-16T11:00:00Z", "2024-02-16T11:10:00Z", 4);
            ended(clock, WARD, "2024-02-20T09:30:00Z", "2024-02-20T09:40:00Z", 12);
            ended(clock, WARD, "2024-01-20T09:30:00Z", "2024-01-20T09:50:00Z", 9);
            ended(clock, WARD, "2024-01-21T09:30:00Z", "2024-01-21T09:45:00Z", 10);

            ended(clock, OTHER_WARD, "2024-02-19T10:00:00Z", "2024-02-19T10:08:00Z", 6);
            ended(clock, OTHER_WARD, "2024-02-15T10:00:00Z", "2024-02-15T10:13:30Z", 5);
            start(clock, OTHER_WARD, "2024-02-10T10:00:00Z", "Sister R", 3, List.of());
            at(clock, "2024-02-10T11:05:00Z");
            assertEquals(1, huddles.endForgotten());
        } finally {
            clock.setClock(null);
        }
    }

    static RequestSpecification manager() {
        return io.restassured.RestAssured.given().cookie("hb_session", managerSession);
    }

    static void at(TrustClock clock, String instant) {
        at(clock, Instant.parse(instant));
    }

    static void at(TrustClock clock, Instant instant) {
        clock.setClock(Clock.fixed(instant, clock.zone()));
    }

    private static long start(TrustClock clock, String ward, String at, String facilitator, int attendance,
            List<String> roles) {
        at(clock, at);
        return Huddles.start(ward, facilitator, attendance, roles);
    }

    private static void end(TrustClock clock, String ward, long id, String at) {
        at(clock, at);
        int version = asTablet(ward).get("/api/wards/" + ward + "/huddles/" + id).then().extract().path("version");
        asTablet(ward).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/wards/" + ward + "/huddles/" + id + "/end").then().statusCode(200);
    }

    private static void ended(TrustClock clock, String ward, String from, String to, int attendance) {
        long id = start(clock, ward, from, "Sister T", attendance, List.of("NURSE_IN_CHARGE", "HCA"));
        end(clock, ward, id, to);
    }
}
