package org.huddleboard.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.huddleboard.TestAuth.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SignInTest {

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
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "locktest", "displayName", "Lock Test", "password", "right-password-1",
                        "role", "executive"))
                .post("/api/people").then().statusCode(201);
        attempt("locktest", "right-password-1").statusCode(303);
        for (int i = 0; i < 4; i++) {
            attempt("locktest", "wrong-" + i).statusCode(401);
        }
        attempt("locktest", "wrong-5").statusCode(429).body(containsString("locked until"));
        attempt("locktest", "right-password-1").statusCode(429);

        as("admin").get("/api/audit?limit=50").then().statusCode(200)
                .body("findAll { it.actor == 'locktest' }.action", hasItem("sign-in.failed"))
                .body("findAll { it.actor == 'locktest' }.action", hasItem("sign-in.succeeded"))
                .body("findAll { it.actor == 'locktest' }.subject", hasItem(containsString("locked until")));
    }

    @Test
    void parallelGuessesStillLockTheAccount() throws Exception {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "parallel", "displayName", "Parallel Test", "password", "right-password-2",
                        "role", "executive"))
                .post("/api/people").then().statusCode(201);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                guesses.add(pool.submit(() -> attempt("parallel", "guess-" + n).extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> g : guesses) {
                g.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        attempt("parallel", "right-password-2").statusCode(429);
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() {
        given().redirects().follow(false).contentType(ContentType.URLENC).header("X-Forwarded-Proto", "https")
                .formParam("username", "executive").formParam("password", "executive-demo-2026")
                .post("/sign-in").then().statusCode(303)
                .header("Set-Cookie", org.hamcrest.Matchers.containsString("Secure"))
                .header("Set-Cookie", org.hamcrest.Matchers.containsString("HttpOnly"))
                .header("Set-Cookie", org.hamcrest.Matchers.containsString("SameSite=Lax"));
    }

    private static ValidatableResponse attempt(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password).post("/sign-in").then();
    }
}
