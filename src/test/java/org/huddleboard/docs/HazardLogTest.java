package org.huddleboard.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The clinical safety documents name, for each control, the test that shows it works, as
 * {@code `org.huddleboard.pkg.ClassName#method`}. A reference to a class or method that is gone,
 * to a helper that is not a test, or to a class the build never runs would let the hazard log
 * claim a control nobody checks: each fails the build here. So does a hazard (a heading with
 * {@code HAZ-nnn}) that names no test at all, a set of documents with no reference in it, and a
 * rating ("Considerable × High = **3**") that is not what DCB0129's risk matrix gives.
 */
class HazardLogTest {

    static final Path DOCS = Path.of("src/docs/clinical-safety");
    private static final Path POM = Path.of("pom.xml");

    /** A reference: a fully qualified class in our packages, then # and a method name. */
    static final Pattern REFERENCE = Pattern.compile("org\\.huddleboard(?:\\.[A-Za-z_$][\\w$]*)+#[A-Za-z_$][\\w$]*");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern HAZARD = Pattern.compile("\\bHAZ-\\d{3}\\b");
    /** JUnit's test annotations: a method with none of them is a helper, whatever its name. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate");
    /** A rating as the documents write it: "Considerable × High = **3**". */
    private static final Pattern RATING = Pattern.compile(
            "(Catastrophic|Major|Considerable|Significant|Minor) × (Very high|High|Medium|Low|Very low) = \\*\\*(\\d)\\*\\*");
    private static final List<String> SEVERITIES = List.of("Minor", "Significant", "Considerable", "Major", "Catastrophic");
    private static final List<String> LIKELIHOODS = List.of("Very low", "Low", "Medium", "High", "Very high");
    /** DCB0129's risk matrix: rows by likelihood (very low first), columns by severity (minor first). */
    private static final int[][] MATRIX = {
            { 1, 1, 2, 2, 3 },
            { 1, 2, 2, 3, 4 },
            { 2, 2, 3, 3, 4 },
            { 2, 3, 3, 4, 5 },
            { 3, 4, 4, 5, 5 } };
    /** The class names Surefire (unit and Quarkus tests) and Failsafe (*IT) run by default. */
    private static final Pattern RUN_BY_THE_BUILD = Pattern.compile("Test\\w*|\\w*Tests?|\\w*TestCase|IT\\w*|\\w*IT|\\w*ITCase");

    @Test
    void everyTestTheClinicalSafetyDocumentsNameExistsAndIsATest() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DOCS)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "the hazard log and the safety case report under " + DOCS + ": " + files);
        Set<String> excluded = excludedByTheBuild(Files.readString(POM));
        List<String> problems = new ArrayList<>();
        int references = 0;
        int hazards = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            references += references(text).size();
            hazards += hazardSections(text).size();
            problems.addAll(problems(file.toString(), text, excluded));
        }
        assertTrue(references > 0, "no `org.huddleboard...#method` reference in " + files + ": nothing would be checked");
        assertTrue(hazards > 0, "no HAZ-nnn section in " + files);
        System.out.printf("[HazardLogTest] %d files, %d hazards, %d references to tests%n", files.size(), hazards, references);
        assertTrue(problems.isEmpty(), problems.size() + " problems in the clinical safety documents:\n"
                + String.join("\n", problems));
    }

    @Test
    void theCheckerCatchesMadeUpReferencesHelpersAndHazardsWithoutATest() {
        String self = HazardLogTest.class.getName();
        String text = """
                # Hazard log

                ## HAZ-901 A hazard with its controls

                Initial risk: Significant × High = **3**; residual: Significant × Low = **2**.

                - Shown by `%1$s#theCheckerCatchesMadeUpReferencesHelpersAndHazardsWithoutATest`.
                - Made up: `%1$s#aTestNobodyWrote`.
                - A helper, not a test: `%1$s#problems`.
                - A class that is gone: `org.huddleboard.nowhere.GoneTest#someTest`.
                - A class the build does not run: `org.huddleboard.durability.WriteBenchmark#writeThroughput`.

                ## HAZ-902 A hazard that names no test

                Its controls are described in words only. Initial risk: Considerable × High = **3**;
                residual: Major × Low = **2**.

                ## HAZ-901 The same number again

                Minor × Medium = **2**, nothing else.

                `%1$s#theCheckerCatchesMadeUpReferencesHelpersAndHazardsWithoutATest`
                """.formatted(self);
        List<String> found = problems("made-up.md", text, Set.of());
        assertEquals(8, found.size(), String.join("\n", found));
        assertTrue(found.stream().anyMatch(p -> p.contains("#aTestNobodyWrote") && p.contains("no such method")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("#problems") && p.contains("not a test")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("GoneTest") && p.contains("no such class")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("WriteBenchmark") && p.contains("never runs")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("HAZ-902") && p.contains("names no test")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("HAZ-901") && p.contains("more than one section")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("Major × Low = **2**") && p.contains("is risk 3")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("HAZ-901 gives 1 of its two ratings")), found.toString());

        // A class the pom leaves out of the run is refused too, though its name would be run.
        String benchmark = "## HAZ-903 Live path\nMinor × Low = **1**, then Minor × Very low = **1**.\n"
                + "`org.huddleboard.bench.LiveBenchmarkIT#huddleBoardBesideBareBroadcast`\n";
        assertEquals(List.of(), problems("bench.md", benchmark, Set.of()));
        List<String> left = problems("bench.md", benchmark, excludedByTheBuild("<bench.exclude>**/LiveBenchmarkIT.java</bench.exclude>"));
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).contains("never runs"), left.toString());
    }

    // --- The checker ------------------------------------------------------------------------------

    /** Every `org.huddleboard...#method` in the text, in order, each once. */
    static List<String> references(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Each section whose heading names a hazard (HAZ-nnn), by its id, with its text up to the next heading as high. */
    static List<Map.Entry<String, String>> hazardSections(String text) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                continue;
            }
            Matcher id = HAZARD.matcher(heading.group(2));
            if (!id.find()) {
                continue;
            }
            int level = heading.group(1).length();
            StringBuilder body = new StringBuilder();
            for (int j = i + 1; j < lines.length; j++) {
                Matcher next = HEADING.matcher(lines[j]);
                if (next.matches() && next.group(1).length() <= level) {
                    break;
                }
                body.append(lines[j]).append('\n');
            }
            out.add(Map.entry(id.group(), body.toString()));
        }
        return out;
    }

    /**
     * What is wrong with one document: references that do not name a test the build runs, hazards
     * that name no test or lack their two ratings, hazard numbers used twice, and ratings the risk
     * matrix does not give. {@code excluded}: class names the build leaves out.
     */
    static List<String> problems(String source, String text, Set<String> excluded) {
        List<String> out = new ArrayList<>();
        for (String reference : references(text)) {
            String problem = problem(reference, excluded);
            if (problem != null) {
                out.add(source + ": `" + reference + "`: " + problem);
            }
        }
        Matcher rating = RATING.matcher(text);
        while (rating.find()) {
            int risk = MATRIX[LIKELIHOODS.indexOf(rating.group(2))][SEVERITIES.indexOf(rating.group(1))];
            if (risk != Integer.parseInt(rating.group(3))) {
                out.add(source + ": \"" + rating.group() + "\" is risk " + risk + " in the DCB0129 matrix");
            }
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> hazard : hazardSections(text)) {
            seen.merge(hazard.getKey(), 1, Integer::sum);
            if (references(hazard.getValue()).isEmpty()) {
                out.add(source + ": " + hazard.getKey() + " names no test (`org.huddleboard.pkg.ClassName#method`)");
            }
            long ratings = RATING.matcher(hazard.getValue()).results().count();
            if (ratings < 2) {
                out.add(source + ": " + hazard.getKey() + " gives " + ratings + " of its two ratings (initial and residual,"
                        + " as \"Considerable × High = **3**\")");
            }
        }
        seen.forEach((id, times) -> {
            if (times > 1) {
                out.add(source + ": " + id + " heads more than one section (" + times + ")");
            }
        });
        return out;
    }

    /** Null when the reference names a JUnit test method of a class the build runs; else why not. */
    static String problem(String reference, Set<String> excluded) {
        int hash = reference.indexOf('#');
        String className = reference.substring(0, hash);
        String method = reference.substring(hash + 1);
        Class<?> type;
        try {
            type = Class.forName(className, false, HazardLogTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "no such class on the test classpath (" + e + ")";
        }
        String simple = type.getSimpleName();
        if (!RUN_BY_THE_BUILD.matcher(simple).matches() || excluded.contains(simple)) {
            return "the build never runs " + simple + " (Surefire runs *Test, Failsafe *IT, and the pom excludes "
                    + excluded + ")";
        }
        List<Method> named = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method)) {
                    named.add(m);
                }
            }
        }
        if (named.isEmpty()) {
            return "no such method in " + simple;
        }
        if (named.stream().noneMatch(HazardLogTest::isTest)) {
            return "not a test: " + simple + "." + method + " has no @Test, @ParameterizedTest, @RepeatedTest or @TestFactory";
        }
        return null;
    }

    /** Annotated with a JUnit test annotation, directly or through an annotation of our own that carries one. */
    private static boolean isTest(Method method) {
        for (Annotation a : method.getAnnotations()) {
            Class<? extends Annotation> type = a.annotationType();
            if (TEST_ANNOTATIONS.contains(type.getName())) {
                return true;
            }
            for (Annotation meta : type.getAnnotations()) {
                if (TEST_ANNOTATIONS.contains(meta.annotationType().getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The test classes the pom leaves out of a normal build ({@code <exclude>**}{@code /Name.java</exclude>} and the like). */
    static Set<String> excludedByTheBuild(String pom) {
        Matcher m = Pattern.compile("\\*\\*/(\\w+)\\.java").matcher(pom);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
