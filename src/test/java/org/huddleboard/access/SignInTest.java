package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SignInTest {

    /** Another computer than the one the tests usually sign in from. */
    private static final String WARD_PC = "127.0.0.7";

    @Inject
    TrustClock clock;

    @AfterEach
    void realTime() {
        clock.setClock(null);
    }

    @Test
    void rightPasswordSignsInAndSignOutEndsTheSession() {
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "executive").formParam("password", "executive-demo-2026")
                .post("/sign-in").then().statusCode(303).header("Location", endsWith("/"))
                .cookie("hb_session").extract().cookie("hb_session");
        given().cookie("hb_session", session).get("/api/wards").then().statusCode(200);
        given().cookie("hb_session", session).redirects().follow(false).post("/sign-out").then().statusCode(303);
        given().cookie("hb_session", session).get("/api/wards").then().statusCode(401);
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        attempt("executive", "not-the-password").statusCode(401)
                .body(containsString("Username or password not recognised"));
        attempt("nobody-by-this-name", "whatever").statusCode(401)
                .body(containsString("Username or password not recognised"));
    }

    @Test
    void aNameNobodyHasIsAnsweredExactlyLikeARealOneBeingGuessed() {
        person("realname", "right-password-0");
        // Standing still, so "try again after hh:mm" cannot differ by a minute turning over between the two.
        clock.setClock(Clock.fixed(clock.now(), clock.zone()));
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            real.add(answer(attemptFrom(given(), "realname", "guess-" + i)));
            unknown.add(answer(attemptFrom(given(), "no-such-person", "guess-" + i)));
        }
        assertEquals(real, unknown, "the same statuses and messages, attempt by attempt");
        assertEquals("401 Username or password not recognised.", real.get(0));
        assertEquals("429", real.get(6).substring(0, 3), "guessing is slowed for both alike");
    }

    @Test
    void fiveFailuresSlowThatComputerButNotThePersonElsewhere() {
        person("locktest", "right-password-1");
        attempt("locktest", "right-password-1").statusCode(303);
        for (int i = 0; i < 5; i++) {
            attempt("locktest", "wrong-" + i).statusCode(401);
        }
        // From where someone was guessing, even the right password waits...
        attempt("locktest", "right-password-1").statusCode(429).header("Retry-After", not(""))
                .body(containsString("Too many attempts with this username from this computer"));
        // ...but the real person, at their own ward PC, signs in as usual.
        attemptFrom(TestAuth.from(WARD_PC), "locktest", "right-password-1").statusCode(303);

        as("admin").get("/api/audit?limit=50").then().statusCode(200)
                .body("findAll { it.actor == 'locktest' }.action", hasItem("sign-in.failed"))
                .body("findAll { it.actor == 'locktest' }.action", hasItem("sign-in.succeeded"))
                .body("findAll { it.actor == 'locktest' }.subject",
                        hasItem(containsString("may try this name again")));
    }

    @Test
    void theSlowDownEndsByItselfSoNobodyCanBeKeptOut() {
        person("patient.guesser", "right-password-3");
        for (int i = 0; i < 6; i++) {
            attempt("patient.guesser", "wrong-" + i);
        }
        attempt("patient.guesser", "right-password-3").statusCode(429);
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        attempt("patient.guesser", "right-password-3").statusCode(303);
    }

    @Test
    void parallelGuessesGetFiveTriesAndNoMore() throws Exception {
        person("parallel", "right-password-2");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                guesses.add(pool.submit(() -> attempt("parallel", "guess-" + n).extract().statusCode()));
            }
            for (Future<Integer> g : guesses) {
                statuses.add(g.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        attempt("parallel", "right-password-2").statusCode(429);
        attemptFrom(TestAuth.from(WARD_PC), "parallel", "right-password-2").statusCode(303);
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedAndNeverMatch() {
        String longest = "p".repeat(60) + "-0123456789"; // 71 ASCII bytes
        longest += "x"; // 72
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "longpass", "displayName", "Long Pass",
                "password", longest, "role", "executive")).post("/api/people").then().statusCode(201);
        attempt("longpass", longest).statusCode(303);
        // bcrypt would read only the first 72 bytes: a different ending must not get in.
        attempt("longpass", longest + "a different ending").statusCode(401);

        for (String tooLong : List.of(longest + "y", "é".repeat(37), "x".repeat(100))) {
            as("admin").contentType(ContentType.JSON).body(Map.of("username", "toolong", "displayName", "Too Long",
                    "password", tooLong, "role", "executive")).post("/api/people").then().statusCode(400)
                    .body("errors.field", hasItem("password"))
                    .body("errors.find { it.field == 'password' }.reason", containsString("72 bytes"));
        }
        as("admin").contentType(ContentType.JSON).body(Map.of("password", "x".repeat(100)))
                .put("/api/people/longpass").then().statusCode(400).body("errors.field", hasItem("password"));
        attempt("longpass", longest).statusCode(303);
    }

    @Test
    void anOverlongInitialAdminPasswordCreatesNoAdmin() {
        // Refused before the database is touched; a real install logs why and starts without an admin.
        assertEquals(false, new InitialAdmin().create("a".repeat(73)));
        assertEquals(false, new InitialAdmin().create("short"));
    }

    private static void person(String username, String password) {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", username, "displayName", username,
                "password", password, "role", "executive")).post("/api/people").then().statusCode(201);
    }

    private static String answer(ValidatableResponse response) {
        Response r = response.extract().response();
        return r.statusCode() + " " + r.htmlPath().getString("**.find { it.@class == 'form-error' }").strip();
    }

    private static ValidatableResponse attempt(String username, String password) {
        return attemptFrom(given(), username, password);
    }

    private static ValidatableResponse attemptFrom(RequestSpecification from, String username, String password) {
        return from.redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password).post("/sign-in").then();
    }
}
