package org.huddleboard.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Signs in demo people and pairs ward tablets against a running server, over plain HTTP. */
final class HuddleClient {

    static final Map<String, String> PASSWORDS = Map.of("lead", "lead-demo-2026", "admin", "admin-demo-2026");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAIR_CODE = Pattern.compile("class=\"pair-code\"[^>]*>([^<]+)<");

    final String base;
    final HttpClient http;

    HuddleClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A {@code Cookie} header value for a signed-in demo person. */
    String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + PASSWORDS.get(username))));
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + username + ": " + r.statusCode() + " " + r.body());
        }
        return cookie(r, "hb_session");
    }

    /** Pairs a new ward tablet as a browser and an admin would; returns its {@code Cookie} header value. */
    String pairTablet(String admin, String ward, String name) throws IOException, InterruptedException {
        return pairTablet(this, admin, ward, name);
    }

    /** As above, with the admin's approval sent to another node ({@code approver}) than the tablet's. */
    String pairTablet(HuddleClient approver, String admin, String ward, String name)
            throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/pair")).GET());
        Matcher code = PAIR_CODE.matcher(page.body());
        if (page.statusCode() != 200 || !code.find()) {
            throw new IllegalStateException("no pairing code on /pair: " + page.statusCode());
        }
        String claim = cookie(page, "hb_pairing");
        HttpResponse<String> paired = approver.send(HttpRequest.newBuilder(URI.create(approver.base + "/api/devices"))
                .header("Cookie", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("code",
                        code.group(1).replace(" ", "").trim(), "ward", ward, "role", "ward", "name", name)))));
        if (paired.statusCode() != 201) {
            throw new IllegalStateException("pairing " + name + ": " + paired.statusCode() + " " + paired.body());
        }
        HttpResponse<String> collected = send(HttpRequest.newBuilder(URI.create(base + "/pair"))
                .header("Cookie", claim).GET());
        return cookie(collected, "hb_device");
    }

    JsonNode board(String cookie, String ward) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/wards/" + ward + "/board"))
                .header("Cookie", cookie).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("board of " + ward + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + response.statusCode()));
    }
}
