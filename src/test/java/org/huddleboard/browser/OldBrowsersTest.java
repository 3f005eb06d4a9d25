package org.huddleboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Wall screens are TV browsers of the Chrome 63 generation: every served script and style sheet,
 * and every template's inline script and style, uses nothing newer. The checker itself is tried
 * on snippets that must and must not fail.
 */
class OldBrowsersTest {

    private static final Path SERVED = Path.of("src/main/resources/META-INF/resources");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void servedScriptsStylesAndTemplatesNeedNothingNewerThanChrome63() throws IOException {
        List<OldBrowsers.Finding> found = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(SERVED, TEMPLATES)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    String text = Files.readString(file);
                    String where = file.toString();
                    if (name.endsWith(".js")) {
                        found.addAll(OldBrowsers.js(where, text));
                    } else if (name.endsWith(".css")) {
                        found.addAll(OldBrowsers.css(where, text));
                    } else if (name.endsWith(".html")) {
                        found.addAll(OldBrowsers.html(where, text));
                    } else {
                        continue;
                    }
                    files++;
                }
            }
        }
        assertTrue(files >= 25, "the served scripts, styles and templates were read: " + files);
        assertTrue(found.isEmpty(), found.size() + " uses of what Chrome " + OldBrowsers.CHROME + " lacks:\n"
                + found.stream().map(OldBrowsers.Finding::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void newerScriptSyntaxAndApisAreFoundWithTheChromeTheyNeed() {
        flags(OldBrowsers::js, "var n = board?.measures;", "optional chaining ?. needs Chrome 80");
        flags(OldBrowsers::js, "var n = a ?? 0;", "nullish coalescing ?? needs Chrome 80");
        flags(OldBrowsers::js, "x ||= 1;", "logical assignment ||= &&= needs Chrome 85");
        flags(OldBrowsers::js, "x &&= y;", "logical assignment ||= &&= needs Chrome 85");
        flags(OldBrowsers::js, "try { go(); } catch { stop(); }", "optional catch binding");
        flags(OldBrowsers::js, "var big = 1_000_000;", "numeric separator (1_000) needs Chrome 75");
        flags(OldBrowsers::js, "class Tile { #age = 0; }", "private class member #name needs Chrome 74");
        flags(OldBrowsers::js, "class Tile {\n  age = 0;\n  grow() { return 1; }\n}", "class field needs Chrome 72");
        flags(OldBrowsers::js, "var c = new AbortController();", "AbortController needs Chrome 66");
        flags(OldBrowsers::js, "if (response.redirected) { go(); }", "Response.redirected needs Chrome 60 and is missing");
        flags(OldBrowsers::js, "var b = event.submitter;", "SubmitEvent.submitter needs Chrome 81");
        flags(OldBrowsers::js, "var o = Object.fromEntries(pairs);", "Object.fromEntries needs Chrome 73");
        flags(OldBrowsers::js, "rows.flat().length", "Array flat / flatMap needs Chrome 69");
        flags(OldBrowsers::js, "rows.flatMap(f)", "Array flat / flatMap needs Chrome 69");
        flags(OldBrowsers::js, "s.replaceAll('a', 'b')", "String replaceAll needs Chrome 85");
        flags(OldBrowsers::js, "Promise.allSettled(all)", "Promise.allSettled needs Chrome 76");
        flags(OldBrowsers::js, "Promise.any(all)", "Promise.any needs Chrome 85");
        flags(OldBrowsers::js, "globalThis.x = 1;", "globalThis needs Chrome 71");
        flags(OldBrowsers::js, "var c = structuredClone(o);", "structuredClone needs Chrome 98");
        flags(OldBrowsers::js, "var last = rows.at(-1);", "Array at needs Chrome 92");
        flags(OldBrowsers::js, "queueMicrotask(f);", "queueMicrotask needs Chrome 71");
        flags(OldBrowsers::js, "new Intl.RelativeTimeFormat('en')", "Intl.RelativeTimeFormat needs Chrome 71");
        flags(OldBrowsers::js, "var day = d.toLocaleDateString('en-CA', { timeZone: zone });", "the en-CA locale");
        flags(OldBrowsers::js, "var m = /(?<hour>\\d+)/.exec(s);", "named capture group");
        flags(OldBrowsers::js, "var t = `${a ?? b}`;", "nullish coalescing");
        flags(OldBrowsers::html, "<p>x</p>\n<script>\nvar x = a?.b;\n</script>", "optional chaining");
    }

    @Test
    void newerCssIsFoundWithTheChromeItNeeds() {
        flags(OldBrowsers::css, ".tiles { display: flex; gap: 1rem; }", "flex gap (gap, row-gap, column-gap; in grid use grid-gap) needs Chrome 84");
        flags(OldBrowsers::css, ".tiles { row-gap: 1rem; }", "flex gap");
        flags(OldBrowsers::css, ".tiles { column-gap: 1rem; }", "flex gap");
        flags(OldBrowsers::css, "html { font-size: min(3vw, 5vh); }", "CSS min() / max() / clamp() needs Chrome 79");
        flags(OldBrowsers::css, "h1 { font-size: clamp(1rem, 2vw, 3rem); }", "CSS min() / max() / clamp()");
        flags(OldBrowsers::css, "td { width: calc(max(1rem, 2vw) + 1px); }", "CSS min() / max() / clamp()");
        flags(OldBrowsers::css, "td { overflow-wrap: anywhere; }", "overflow-wrap: anywhere needs Chrome 80");
        flags(OldBrowsers::css, "a:focus-visible { outline: 0; }", ":focus-visible needs Chrome 86");
        flags(OldBrowsers::css, ":is(h1, h2) { margin: 0; }", ":is() / :where() needs Chrome 88");
        flags(OldBrowsers::css, ":where(h1) { margin: 0; }", ":is() / :where()");
        flags(OldBrowsers::css, "li:has(a) { margin: 0; }", ":has() needs Chrome 105");
        flags(OldBrowsers::css, ".tile { aspect-ratio: 16 / 9; }", "aspect-ratio needs Chrome 88");
        flags(OldBrowsers::css, ".banner { inset: 0; }", "inset shorthand needs Chrome 87");
        flags(OldBrowsers::css, ".board { height: 100dvh; }", "dynamic viewport units");
        flags(OldBrowsers::css, ".a { color: color-mix(in srgb, red, blue); }", "color-mix() needs Chrome 111");
        flags(OldBrowsers::css, ".a { color: rgb(0 0 0 / 50%); }", "space-separated rgb() / hsl() needs Chrome 65");
        flags(OldBrowsers::css, "@container (min-width: 10rem) { .a { color: red; } }", "@container needs Chrome 105");
        flags(OldBrowsers::html, "<div style=\"display: flex; gap: 4px\"></div>", "flex gap");
        flags(OldBrowsers::html, "<style>\n.a { inset: 0; }\n</style>", "inset shorthand");
    }

    @Test
    void whatChrome63HasOrOnlyLooksNewerIsNotFound() {
        String script = String.join("\n",
                "// No ?. or ?? here, nor AbortController: Chrome 63.",
                "/* response.redirected and Object.fromEntries are newer; catch { } too */",
                "var note = 'a ?? b, x?.y, #private, 1_000, .at(0)';",
                "var again = \"catch { }\";",
                "var t = `total: ${n ? 1 : 0} ?? ${{ a: 1 }.a}`;",
                "var half = ok ?.5 : 1;",
                "var ratio = width / height / 2;",
                "var re = /a??b|#x|\\/?.c/g;",
                "var power = 2 ** 10;",
                "var list = Array.from(x).includes(1) && Object.entries(o).length;",
                "async function load() { try { await fetch(u); } catch (e) { return null; } }",
                "var copy = { ...o };",
                "el.classList.toggle('at');",
                "var d = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' });",
                "var obj = { class: 'tile', at: 1 };");
        assertEquals(List.of(), OldBrowsers.js("good.js", script));
        String css = String.join("\n",
                "/* no gap: or min() here, nor :focus-visible */",
                ".grid { display: grid; grid-gap: 1rem; grid-row-gap: 1rem; grid-column-gap: 1rem;",
                "  grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); place-self: center; }",
                "@media (min-aspect-ratio: 16/9) { html { font-size: calc(100vh / 33.75); } }",
                "@media (min-width: 40rem) and (max-width: 80rem) { .a { min-width: 0; max-height: 2rem; } }",
                ".a { box-shadow: inset 0 0 0 2px #000; color: rgba(0, 0, 0, 0.5); overflow-wrap: break-word; }",
                ".a:focus { outline: 3px solid #ffb81c; } .a:focus-within { outline: 0; }",
                ".a::after { content: \"gap: min(1px)\"; }");
        assertEquals(List.of(), OldBrowsers.css("good.css", css));
        assertEquals(List.of(), OldBrowsers.html("good.html",
                "<script src=\"/js/x.js\"></script><script type=\"application/json\">{\"a\": null ?? 1}</script>"
                        + "<p>Use gap: 1rem and a?.b in prose</p>"));
        assertEquals(List.of(), OldBrowsers.html("qute.html", "<script>\nvar live = {#if board.live}true{#else}false{/if};\n"
                + "{! the clock starts at the server's time !}var at = {now};\n</script>"));
    }

    @Test
    void aFindingSaysWhereWhatAndWhichChrome() {
        List<OldBrowsers.Finding> found = OldBrowsers.css("css/board.css", "body { margin: 0; }\n.tiles {\n  gap: 1rem;\n}");
        assertEquals(1, found.size(), found.toString());
        assertEquals("css/board.css:3: flex gap (gap, row-gap, column-gap; in grid use grid-gap) needs Chrome 84"
                + " (wall screens are Chrome 63): gap: 1rem;", found.get(0).toString());
    }

    private static void flags(BiFunction<String, String, List<OldBrowsers.Finding>> check, String snippet, String expected) {
        List<OldBrowsers.Finding> found = check.apply("snippet", snippet);
        assertTrue(found.stream().anyMatch(f -> f.toString().contains(expected)),
                "expected \"" + expected + "\" for " + snippet + ", found " + found);
    }
}
