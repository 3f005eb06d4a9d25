package org.huddleboard.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One person's names as stored text can hold them, and what each kind of column becomes once
 * they are erased. A column that holds a name whole (typed initials, an owner's name) is matched
 * whole and case-insensitively; free text is matched word by word, so "Sam" is never found inside
 * "Samantha". A username is only looked for where usernames are stored: "lead" is a username in
 * the demo, and a word in many notes.
 */
final class Names {

    static final String EMAIL_REMOVED = "(e-mail removed)";
    /** Fields of the JSON the app writes (audit values, replayed answers) that hold a username. */
    private static final Set<String> USERNAME_FIELDS = Set.of("username", "offeredBy", "signedOffBy", "pairedBy");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    final String username;
    final String placeholderUsername;
    final String placeholderName;
    /** Display names (now and before) and other names given for the person, longest first. */
    final List<String> names;
    final List<String> emails;
    private final Pattern words;
    private final Pattern emailWords;
    private final Pattern subjectPerson;
    private final Pattern usernameInJson;
    private final Pattern peoplePath;

    Names(String username, String placeholderUsername, String placeholderName, Set<String> names, Set<String> emails) {
        this.username = username;
        this.placeholderUsername = placeholderUsername;
        this.placeholderName = placeholderName;
        this.names = sorted(names);
        this.emails = sorted(emails);
        // A one-letter name ("A") is matched only where a name is kept whole: as a word it is everywhere.
        this.words = anyOf(this.names.stream().filter(n -> n.length() >= 2).toList());
        this.emailWords = anyOf(this.emails);
        this.subjectPerson = Pattern.compile("^person " + Pattern.quote(username) + "(?=$| )");
        this.usernameInJson = Pattern.compile("(\"(?:" + String.join("|", USERNAME_FIELDS) + ")\"\\s*:\\s*\")"
                + Pattern.quote(username) + "\"");
        this.peoplePath = Pattern.compile("/people/" + Pattern.quote(username) + "(?=$|[/?])");
    }

    /** Everything a stored value is searched for, lower-cased: the database narrows the rows, these rules decide. */
    List<String> needles() {
        Set<String> all = new LinkedHashSet<>();
        all.add(username);
        all.addAll(names);
        all.addAll(emails);
        return all.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** A column that holds someone's name whole: typed initials, a facilitator, an owner. */
    String name(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (String n : names) {
            if (n.equalsIgnoreCase(v)) {
                return placeholderName;
            }
        }
        return text(value);
    }

    /** A column that holds a username when a person did it (a device's name otherwise). */
    String username(String value) {
        return value != null && value.strip().equalsIgnoreCase(username) ? placeholderUsername : name(value);
    }

    /** Free text: notes, titles, thanks. */
    String text(String value) {
        if (value == null) {
            return null;
        }
        String out = words == null ? value : words.matcher(value).replaceAll(Matcher.quoteReplacement(placeholderName));
        return emailWords == null ? out : emailWords.matcher(out).replaceAll(Matcher.quoteReplacement(EMAIL_REMOVED));
    }

    /** An audit line's subject: "person sam.k", a sign-out's bare username, or words. */
    String subject(String value) {
        if (value == null) {
            return null;
        }
        if (value.equals(username)) {
            return placeholderUsername;
        }
        return text(subjectPerson.matcher(value).replaceFirst(Matcher.quoteReplacement("person " + placeholderUsername)));
    }

    /** A request path, as kept with a replayable answer: /api/people/sam.k. */
    String path(String value) {
        return value == null ? null
                : peoplePath.matcher(value).replaceAll(Matcher.quoteReplacement("/people/" + placeholderUsername));
    }

    /**
     * JSON the app wrote: each string by the rules for its field, an e-mail field holding their
     * address emptied. JSON cut short at a column's length cannot be read, so it is treated as text.
     */
    String json(String value) {
        if (value == null) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            String out = usernameInJson.matcher(value)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + placeholderUsername + "\""));
            return text(out);
        }
        return rewrite(root, null) ? root.toString() : value;
    }

    /** Rewrites the strings under {@code node} in place; whether any changed. */
    private boolean rewrite(JsonNode node, String field) {
        boolean changed = false;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
                fields.add(it.next());
            }
            for (String f : fields) {
                JsonNode child = object.get(f);
                if (child.isTextual()) {
                    String was = child.asText();
                    if (f.equalsIgnoreCase("email") && emails.stream().anyMatch(was::equalsIgnoreCase)) {
                        object.putNull(f);
                        changed = true;
                        continue;
                    }
                    String now = USERNAME_FIELDS.contains(f) ? username(was) : name(was);
                    if (!now.equals(was)) {
                        object.set(f, TextNode.valueOf(now));
                        changed = true;
                    }
                } else {
                    changed |= rewrite(child, f);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (child.isTextual()) {
                    String now = name(child.asText());
                    if (!now.equals(child.asText())) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(now));
                        changed = true;
                    }
                } else {
                    changed |= rewrite(child, field);
                }
            }
        }
        return changed;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Pattern anyOf(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String v : values) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(v));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
