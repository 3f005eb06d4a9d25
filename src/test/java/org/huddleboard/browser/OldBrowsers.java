package org.huddleboard.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds JavaScript syntax and APIs, and CSS, that Chrome 63 lacks: wall screens are TV browsers of
 * that generation. A tokenizer, not a parser (no ES2017 parser resolves at test scope): it reads
 * past strings, comments, template literals and regular expressions, so a rule matches only code,
 * and each rule says which Chrome it needs.
 */
public final class OldBrowsers {

    /** The oldest browser the app supports. */
    public static final int CHROME = 63;

    /** Something a file uses that the oldest supported browser lacks. */
    public record Finding(String where, int line, String what, String needs, String excerpt) {

        @Override
        public String toString() {
            return where + ":" + line + ": " + what + " needs " + needs + " (wall screens are Chrome " + CHROME + "): "
                    + excerpt;
        }
    }

    private record Rule(String what, String needs, Pattern pattern) {
        static Rule of(String what, int chrome, String regex) {
            return new Rule(what, "Chrome " + chrome, Pattern.compile(regex));
        }

        /** Something older browsers have on paper that the TV browsers lack or get wrong. */
        static Rule unreliable(String what, String needs, String regex) {
            return new Rule(what, needs, Pattern.compile(regex));
        }
    }

    /** Matched against code alone: strings, comments and regular expressions blanked. */
    private static final List<Rule> JS_SYNTAX = List.of(
            Rule.of("optional chaining ?.", 80, "\\?\\.(?![0-9])"),
            Rule.of("nullish coalescing ??", 80, "\\?\\?"),
            Rule.of("logical assignment ||= &&=", 85, "\\|\\|=|&&="),
            Rule.of("optional catch binding (catch without a parameter)", 66, "\\bcatch\\s*\\{"),
            Rule.of("numeric separator (1_000)", 75, "(?<![\\w$])\\d\\w*_\\w"),
            Rule.of("BigInt literal", 67, "(?<![\\w$.])\\d+n\\b"),
            Rule.of("private class member #name", 74, "#[A-Za-z_$]"),
            Rule.of("class static block", 94, "\\bstatic\\s*\\{"));

    /** Matched against code alone: API names. */
    private static final List<Rule> JS_API = List.of(
            Rule.of("AbortController", 66, "\\bAbort(Controller|Signal)\\b"),
            Rule.unreliable("Response.redirected", "Chrome 60 and is missing from TV browsers (compare response.url)",
                    "\\.redirected\\b"),
            Rule.of("SubmitEvent.submitter", 81, "\\.submitter\\b"),
            Rule.of("Object.fromEntries", 73, "\\bObject\\.fromEntries\\b"),
            Rule.of("Object.hasOwn", 93, "\\bObject\\.hasOwn\\b"),
            Rule.of("Array flat / flatMap", 69, "\\.flat(Map)?\\s*\\("),
            Rule.of("Array at", 92, "\\.at\\s*\\("),
            Rule.of("Array findLast", 97, "\\.findLast(Index)?\\s*\\("),
            Rule.of("String replaceAll", 85, "\\.replaceAll\\s*\\("),
            Rule.of("String matchAll", 73, "\\.matchAll\\s*\\("),
            Rule.of("String trimStart / trimEnd", 66, "\\.trim(Start|End)\\s*\\("),
            Rule.of("Promise.allSettled", 76, "\\bPromise\\.allSettled\\b"),
            Rule.of("Promise.any", 85, "\\bPromise\\.any\\b"),
            Rule.of("globalThis", 71, "\\bglobalThis\\b"),
            Rule.of("structuredClone", 98, "\\bstructuredClone\\b"),
            Rule.of("queueMicrotask", 71, "\\bqueueMicrotask\\b"),
            Rule.of("crypto.randomUUID", 92, "\\.randomUUID\\b"),
            Rule.of("ResizeObserver", 64, "\\bResizeObserver\\b"),
            Rule.of("new EventTarget()", 64, "\\bnew\\s+EventTarget\\b"),
            Rule.of("Element.replaceChildren", 86, "\\.replaceChildren\\s*\\("),
            Rule.of("Element.toggleAttribute", 69, "\\.toggleAttribute\\s*\\("),
            Rule.of("Intl.RelativeTimeFormat", 71, "\\bIntl\\.RelativeTimeFormat\\b"),
            Rule.of("Intl.ListFormat", 72, "\\bIntl\\.ListFormat\\b"));

    /** Matched against code and strings, comments blanked. */
    private static final List<Rule> JS_STRINGS = List.of(
            Rule.unreliable("the en-CA locale as an ISO date", "a locale's date format, which TV browsers may"
                    + " lack and browsers have changed (build yyyy-mm-dd from the date's parts)", "['\"`]en-CA['\"`]"));

    /** Matched against the text of each regular expression literal. */
    private static final List<Rule> JS_REGEX = List.of(
            Rule.of("named capture group (?<name>) in a regular expression", 64, "\\(\\?<[A-Za-z_$]"),
            Rule.of("Unicode property escape \\p{} in a regular expression", 64, "\\\\[pP]\\{"));

    /** Matched against CSS with comments, strings and @media/@supports conditions blanked. */
    private static final List<Rule> CSS = List.of(
            Rule.of("flex gap (gap, row-gap, column-gap; in grid use grid-gap)", 84, "(?<![\\w-])(row-|column-)?gap\\s*:"),
            Rule.of("CSS min() / max() / clamp()", 79, "(?<![\\w-])(min|max|clamp)\\("),
            Rule.of("overflow-wrap: anywhere", 80, "overflow-wrap\\s*:\\s*anywhere"),
            Rule.of(":focus-visible", 86, ":focus-visible"),
            Rule.of(":is() / :where()", 88, ":(is|where)\\("),
            Rule.of(":has()", 105, ":has\\("),
            Rule.of(":not() with a selector list", 88, ":not\\([^)]*,"),
            Rule.of("aspect-ratio", 88, "(?<![\\w-])aspect-ratio\\s*:"),
            Rule.of("inset shorthand", 87, "(?<![\\w-])inset\\s*:"),
            Rule.of("logical margin / padding / border / inset (-inline, -block)", 87,
                    "(?<![\\w-])(margin|padding|border|inset)-(inline|block)"),
            Rule.of("dynamic viewport units (dvh, svh, lvh...)", 108, "\\d(d|s|l)v(h|w|min|max)\\b"),
            Rule.of("color-mix()", 111, "(?<![\\w-])color-mix\\("),
            Rule.of("lab() / lch() / oklab() / oklch() / hwb() colours", 111, "(?<![\\w-])(lab|lch|oklab|oklch|hwb)\\("),
            Rule.of("space-separated rgb() / hsl()", 65, "(?<![\\w-])(rgba?|hsla?)\\(\\s*-?[\\d.]+(%|deg)?\\s+-?[\\d.]"),
            Rule.of("@container", 105, "@container\\b"),
            Rule.of("@layer", 99, "@layer\\b"),
            Rule.of("@property", 85, "@property\\b"),
            Rule.of("display: contents", 65, "display\\s*:\\s*contents"),
            Rule.of("env()", 69, "(?<![\\w-])env\\("),
            Rule.of("translate / rotate / scale properties", 104, "(?<![\\w-])(translate|rotate|scale)\\s*:"),
            Rule.of("accent-color", 93, "(?<![\\w-])accent-color\\s*:"),
            Rule.of("content-visibility", 85, "(?<![\\w-])content-visibility\\s*:"),
            Rule.of("::marker", 86, "::marker"),
            Rule.of("conic-gradient()", 69, "conic-gradient\\("),
            Rule.of("backdrop-filter", 76, "(?<![\\w-])backdrop-filter\\s*:"),
            Rule.of("text-underline-offset / text-decoration-thickness", 87,
                    "(?<![\\w-])text-(underline-offset|decoration-thickness)\\s*:"));

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style\\b[^>]*>(.*?)</style>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=\\s*(\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JS_TYPE = Pattern.compile("\\btype\\s*=\\s*[\"']?(text/javascript|module)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUTE_TAG = Pattern.compile("\\{[#/][^{}]*\\}|\\{!.*?!\\}", Pattern.DOTALL);
    private static final Pattern CONDITION = Pattern.compile("@(media|supports)\\b[^{;]*");
    private static final Pattern CLASS_BODY = Pattern.compile("\\bclass(\\s+[A-Za-z_$][\\w$]*)?(\\s+extends\\b[^{;]*)?\\s*\\{");
    private static final Pattern FIELD = Pattern.compile("\\s*(static\\s+)?[A-Za-z_$][\\w$]*\\s*(=(?![=>])|;)");

    private OldBrowsers() {
    }

    public static List<Finding> js(String where, String source) {
        List<Finding> found = new ArrayList<>();
        js(where, source, 0, source, found);
        return found;
    }

    public static List<Finding> css(String where, String source) {
        List<Finding> found = new ArrayList<>();
        css(where, source, 0, source, found);
        return found;
    }

    /** A page or template: its inline scripts and styles, and style attributes. */
    public static List<Finding> html(String where, String template) {
        List<Finding> found = new ArrayList<>();
        // Qute's {#if}, {/if} and {! comments !} are gone by the time a browser reads the page.
        char[] blanked = template.toCharArray();
        Matcher qute = QUTE_TAG.matcher(template);
        while (qute.find()) {
            blank(blanked, qute.start(), qute.end());
        }
        String source = new String(blanked);
        Matcher script = SCRIPT.matcher(source);
        while (script.find()) {
            String attributes = script.group(1);
            boolean javascript = !attributes.toLowerCase().contains("type=") || JS_TYPE.matcher(attributes).find();
            if (javascript && !attributes.toLowerCase().contains("src=")) {
                js(where, script.group(2), script.start(2), template, found);
            }
        }
        Matcher style = STYLE.matcher(source);
        while (style.find()) {
            css(where, style.group(1), style.start(1), template, found);
        }
        Matcher attribute = STYLE_ATTRIBUTE.matcher(source);
        while (attribute.find()) {
            int group = attribute.group(2) != null ? 2 : 3;
            css(where, attribute.group(group), attribute.start(group), template, found);
        }
        return found;
    }

    private static void js(String where, String code, int offset, String file, List<Finding> found) {
        JsText text = JsText.of(code);
        apply(JS_SYNTAX, text.code, where, offset, file, found);
        apply(JS_API, text.code, where, offset, file, found);
        apply(JS_STRINGS, text.codeAndStrings, where, offset, file, found);
        for (int[] regex : text.regexes) {
            String body = code.substring(regex[0], regex[1]);
            for (Rule rule : JS_REGEX) {
                if (rule.pattern.matcher(body).find()) {
                    found.add(finding(where, offset + regex[0], rule, file));
                }
            }
        }
        classFields(text.code, where, offset, file, found);
    }

    /** Public class fields (Chrome 72): a name followed by = or ; at the top of a class body. */
    private static void classFields(String code, String where, int offset, String file, List<Finding> found) {
        Matcher body = CLASS_BODY.matcher(code);
        Rule rule = Rule.of("class field", 72, "");
        while (body.find()) {
            int depth = 1;
            boolean memberStart = true;
            for (int i = body.end(); i < code.length() && depth > 0; i++) {
                char c = code.charAt(i);
                if (depth == 1 && memberStart && !Character.isWhitespace(c)) {
                    Matcher field = FIELD.matcher(code).region(i, code.length());
                    if (field.lookingAt()) {
                        found.add(finding(where, offset + i, rule, file));
                    }
                    memberStart = false;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    memberStart = depth == 1;
                } else if (c == ';' && depth == 1) {
                    memberStart = true;
                }
            }
        }
    }

    private static void css(String where, String css, int offset, String file, List<Finding> found) {
        char[] text = blankCssCommentsAndStrings(css);
        Matcher condition = CONDITION.matcher(new String(text));
        while (condition.find()) {
            for (int i = condition.start(); i < condition.end(); i++) {
                if (text[i] != '\n') {
                    text[i] = ' ';
                }
            }
        }
        apply(CSS, new String(text), where, offset, file, found);
    }

    private static char[] blankCssCommentsAndStrings(String css) {
        char[] out = css.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? out.length : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < out.length && out[j] != c && out[j] != '\n') {
                    j += out[j] == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, out.length));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static void apply(List<Rule> rules, String text, String where, int offset, String file, List<Finding> found) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                found.add(finding(where, offset + m.start(), rule, file));
            }
        }
    }

    private static Finding finding(String where, int at, Rule rule, String file) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (file.charAt(i) == '\n') {
                line++;
            }
        }
        int start = file.lastIndexOf('\n', at - 1) + 1;
        int end = file.indexOf('\n', at);
        String excerpt = file.substring(start, end < 0 ? file.length() : end).trim();
        return new Finding(where, line, rule.what, rule.needs, excerpt.length() > 120 ? excerpt.substring(0, 120) : excerpt);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }

    /**
     * A script read once: the code with strings, comments and regular expressions blanked, the
     * same with strings kept, and where each regular expression literal's pattern is.
     */
    static final class JsText {
        private static final Pattern BEFORE_REGEX_WORD = Pattern.compile(
                "(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$");

        final String code;
        final String codeAndStrings;
        final List<int[]> regexes = new ArrayList<>();

        private JsText(String code, String codeAndStrings) {
            this.code = code;
            this.codeAndStrings = codeAndStrings;
        }

        static JsText of(String source) {
            char[] code = source.toCharArray();
            char[] kept = source.toCharArray();
            List<int[]> regexes = new ArrayList<>();
            // Brace depth inside each open template literal's ${ }: at 0, a } goes back into the template.
            List<Integer> templates = new ArrayList<>();
            int n = code.length;
            int i = 0;
            while (i < n) {
                char c = source.charAt(i);
                char next = i + 1 < n ? source.charAt(i + 1) : 0;
                if (c == '/' && next == '/') {
                    int end = source.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    blank(code, i, end);
                    blank(kept, i, end);
                    i = end;
                } else if (c == '/' && next == '*') {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    blank(code, i, end);
                    blank(kept, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    blank(code, i + 1, Math.min(j, n));
                    i = j + 1;
                } else if (c == '`' || (c == '}' && !templates.isEmpty() && templates.get(templates.size() - 1) == 0)) {
                    if (c == '}') {
                        templates.remove(templates.size() - 1);
                    }
                    int j = i + 1;
                    while (j < n && source.charAt(j) != '`' && !(source.charAt(j) == '$' && j + 1 < n && source.charAt(j + 1) == '{')) {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    blank(code, i + 1, Math.min(j, n));
                    if (j < n && source.charAt(j) == '$') {
                        templates.add(0);
                        i = j + 2;
                    } else {
                        i = j + 1;
                    }
                } else if (c == '/' && regexMayStart(code, i)) {
                    int j = i + 1;
                    boolean inClass = false;
                    while (j < n && source.charAt(j) != '\n' && (inClass || source.charAt(j) != '/')) {
                        char r = source.charAt(j);
                        if (r == '\\') {
                            j++;
                        } else if (r == '[') {
                            inClass = true;
                        } else if (r == ']') {
                            inClass = false;
                        }
                        j++;
                    }
                    j = Math.min(j, n);
                    regexes.add(new int[] { i + 1, j });
                    blank(code, i + 1, j);
                    blank(kept, i + 1, j);
                    i = j + 1;
                } else {
                    if (!templates.isEmpty() && (c == '{' || c == '}')) {
                        int last = templates.size() - 1;
                        templates.set(last, templates.get(last) + (c == '{' ? 1 : -1));
                    }
                    i++;
                }
            }
            JsText text = new JsText(new String(code), new String(kept));
            text.regexes.addAll(regexes);
            return text;
        }

        /** A slash starts a regular expression where a value may begin, not after a value (division). */
        private static boolean regexMayStart(char[] code, int at) {
            int i = at - 1;
            while (i >= 0 && Character.isWhitespace(code[i])) {
                i--;
            }
            if (i < 0) {
                return true;
            }
            char before = code[i];
            if (Character.isLetterOrDigit(before) || before == '_' || before == '$') {
                int start = i;
                while (start > 0 && (Character.isLetterOrDigit(code[start - 1]) || code[start - 1] == '_' || code[start - 1] == '$')) {
                    start--;
                }
                return BEFORE_REGEX_WORD.matcher(new String(code, start, i - start + 1)).matches();
            }
            return "(,=:[!&|?{};+-*%<>~^".indexOf(before) >= 0;
        }
    }
}
