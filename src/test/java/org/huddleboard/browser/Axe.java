package org.huddleboard.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core, the accessibility checker, run in the page a browser shows. The script is the npm
 * package's own axe.min.js, taken from the Deque jar on the test class path; it is injected and
 * run here rather than through that jar's Java API, which is built against an older Selenium.
 */
public final class Axe {

    /** A rule broken on a page: its id, impact, help text and the elements that break it. */
    public record Violation(String page, String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return page + ": " + id + " (" + impact + ") " + help + " at " + String.join(" | ", targets);
        }
    }

    private static final String SCRIPT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** The serious and critical violations of every rule axe runs by default, on what the page shows now. */
    public static List<Violation> seriousOrCritical(ChromeDriver driver, String page) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.executeScript(SCRIPT);
        String found = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, { resultTypes: ['violations'] })"
                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])); });");
        List<Violation> serious = new ArrayList<>();
        for (Map<String, Object> v : parse(found)) {
            String impact = String.valueOf(v.get("impact"));
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (Object node : (List<?>) v.get("nodes")) {
                Object target = ((Map<?, ?>) node).get("target");
                targets.add(String.valueOf(target));
            }
            serious.add(new Violation(page, (String) v.get("id"), impact, (String) v.get("help"), targets));
        }
        return serious;
    }

    private static List<Map<String, Object>> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium (test scope) bundles it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
