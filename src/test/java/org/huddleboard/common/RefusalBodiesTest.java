package org.huddleboard.common;

import static io.restassured.RestAssured.given;
import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Samples every kind of refusal, from our own code, from Quarkus REST and from the HTTP layer
 * below it: on the API each carries problem JSON saying why, on a page route a readable page.
 */
@QuarkusTest
class RefusalBodiesTest {

    private static final String ENTRY = "/api/wards/ward-12/measures/falls/entries/2026-01-05";
    private static final long TOO_LARGE = 11L * 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    private record Sample(String name, int status, Supplier<Answer> call) {
    }

    private record Answer(int status, String type, String body) {
        static Answer of(Response r) {
            return new Answer(r.statusCode(), String.valueOf(r.contentType()), r.asString());
        }
    }

    @Test
    void everyApiRefusalIsProblemJsonSayingWhy() {
        String lead = "hb_session=" + TestAuth.session("lead");
        List<Sample> samples = List.of(
                new Sample("not signed in", 401, () -> Answer.of(given().get("/api/wards/ward-12/board"))),
                new Sample("unknown session cookie", 401,
                        () -> Answer.of(given().cookie("hb_session", "forged").get("/api/wards/ward-12/board"))),
                new Sample("role not allowed", 403, () -> Answer.of(as("lead").get("/api/audit"))),
                new Sample("ward not allowed", 403, () -> Answer.of(as("lead").get("/api/wards/ward-21/board"))),
                new Sample("unknown route", 404, () -> Answer.of(as("lead").get("/api/no-such-thing"))),
                new Sample("unknown ward", 404, () -> Answer.of(as("lead").get("/api/wards/ward-99/board"))),
                new Sample("id that is not a number", 404,
                        () -> Answer.of(as("admin").delete("/api/devices/abc"))),
                new Sample("method not allowed", 405, () -> Answer.of(as("admin").delete("/api/audit"))),
                new Sample("method not allowed, again", 405, () -> Answer.of(as("admin").post("/api/audit"))),
                new Sample("unacceptable Accept", 406,
                        () -> Answer.of(as("admin").accept("image/png").get("/api/audit"))),
                new Sample("body too large", 413, () -> raw("PUT", ENTRY, "Content-Type: application/json\r\n"
                        + "Content-Length: " + TOO_LARGE + "\r\nCookie: " + lead, "")),
                new Sample("wrong Content-Type", 415,
                        () -> Answer.of(as("lead").contentType("text/plain").body("{\"value\":1}").put(ENTRY))),
                new Sample("no Content-Type", 415,
                        () -> raw("PUT", ENTRY, "Content-Length: 11\r\nCookie: " + lead, "{\"value\":1}")),
                new Sample("limit that is not a number", 400,
                        () -> Answer.of(as("admin").get("/api/audit?limit=abc"))),
                new Sample("date far in the future", 400,
                        () -> Answer.of(as("admin").get("/api/audit?to=%2B999999999-12-31"))),
                new Sample("date far in the past, in the export", 400,
                        () -> Answer.of(as("admin").get("/api/audit/export.csv?from=-999999999-01-01"))));
        List<String> wrong = new ArrayList<>();
        for (Sample s : samples) {
            Answer a = s.call().get();
            if (a.status() != s.status() || !a.type().startsWith(Problem.MEDIA_TYPE)
                    || !saysWhy(a.body(), s.status())) {
                wrong.add(s.name() + ": " + a.status() + " " + a.type() + " '" + abbreviate(a.body()) + "'");
            }
        }
        assertEquals(List.of(), wrong, "refusals without problem JSON");
    }

    @Test
    void everyPageRefusalIsAReadablePage() {
        List<Sample> samples = List.of(
                new Sample("unknown page", 404, () -> Answer.of(as("lead").get("/no-such-page"))),
                new Sample("unknown ward", 404, () -> Answer.of(as("lead").get("/wards/ward-99/board"))),
                new Sample("ward not allowed", 403, () -> Answer.of(as("lead").get("/wards/ward-21/board"))),
                new Sample("role not allowed", 403, () -> Answer.of(as("lead").get("/audit"))),
                new Sample("method not allowed", 405, () -> Answer.of(as("admin").delete("/audit"))),
                new Sample("bad date filter", 400, () -> Answer.of(as("admin").get("/audit?to=%2B999999999-12-31"))),
                new Sample("wrong Content-Type", 415,
                        () -> Answer.of(given().contentType("application/json").body("{}").post("/sign-in"))),
                new Sample("body too large", 413,
                        () -> raw("POST", "/sign-in", "Content-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: " + TOO_LARGE, "")));
        List<String> wrong = new ArrayList<>();
        for (Sample s : samples) {
            Answer a = s.call().get();
            if (a.status() != s.status() || !a.type().startsWith("text/html") || !a.body().contains("<h1>")
                    || !a.body().contains(String.valueOf(s.status()))) {
                wrong.add(s.name() + ": " + a.status() + " " + a.type() + " '" + abbreviate(a.body()) + "'");
            }
        }
        assertEquals(List.of(), wrong, "page refusals that are not readable pages");
    }

    private static boolean saysWhy(String body, int status) {
        try {
            JsonPath json = JsonPath.from(body);
            return json.getInt("status") == status && !isBlank(json.getString("title"))
                    && !isBlank(json.getString("detail"));
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Talks HTTP itself, for what a well-behaved client will not send: no Content-Type at all,
     * or a body too large announced but not sent (the server answers before reading it, and a
     * client that insists on sending the body first never reads the answer).
     */
    private Answer raw(String method, String path, String headers, String body) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\n" + headers + "\r\nConnection: close\r\n\r\n" + body;
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String raw = readAll(socket.getInputStream());
            int headEnd = raw.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? raw : raw.substring(0, headEnd);
            String answer = headEnd < 0 ? "" : raw.substring(headEnd + 4);
            int status = Integer.parseInt(head.split(" ")[1]);
            String type = "";
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).strip();
                }
            }
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                answer = unchunk(answer);
            }
            return new Answer(status, type, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException closedByServer) {
            // The server may reset the connection after answering: what arrived is the answer.
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}
