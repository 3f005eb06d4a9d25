package org.huddleboard.idea;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A card's audit lines in words for the staff page: what each action was, and which fields it
 * changed from what to what (the audit keeps the whole card before and after).
 */
final class CardHistory {

    private static final Map<String, String> ACTIONS = Map.of("idea.created", "Raised", "idea.edited", "Edited",
            "idea.moved", "Moved", "idea.pdsa-note", "PDSA note added", "idea.impact-checked",
            "Quality impact checked", "idea.impact-signed-off", "Impact check signed off", "idea.offered",
            "Offered to the trust", "idea.offer-withdrawn", "Offer withdrawn", "idea.adopted", "Adopted");

    /** The card's fields a reader cares about, in reading order; ids, versions and moves derive from them. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", "Title");
        FIELDS.put("problem", "Problem");
        FIELDS.put("idea", "Idea");
        FIELDS.put("raisedBy", "Raised by");
        FIELDS.put("owner", "Owner");
        FIELDS.put("dueDate", "Due");
        FIELDS.put("measure", "Measure");
        FIELDS.put("qualityAim", "Quality aim");
        FIELDS.put("column", "Column");
        FIELDS.put("overdue", "Overdue");
        FIELDS.put("parkedReason", "Parked because");
        FIELDS.put("changeMade", "What changed");
        FIELDS.put("effect", "Its effect");
        FIELDS.put("implementedOn", "Implemented on");
        FIELDS.put("celebratedOn", "Celebrated on");
        FIELDS.put("impactCheck", "Impact check");
        FIELDS.put("offer", "Offer");
        FIELDS.put("adoptedFrom", "Adopted from");
    }

    /** Shown when a card is raised: enough to recognise it. */
    private static final List<String> RAISED = List.of("title", "column", "owner", "dueDate", "qualityAim",
            "measure", "adoptedFrom");

    private CardHistory() {
    }

    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }

    /** The changed fields, each "before → after"; a note line shows the note; a raised card its main fields. */
    static List<StaffIdeasPage.Line> lines(JsonNode before, JsonNode after) {
        List<StaffIdeasPage.Line> lines = new ArrayList<>();
        if (after != null && after.path("note").isObject()) {
            JsonNode note = after.get("note");
            lines.add(new StaffIdeasPage.Line("Note", word(note.path("stage").asText()) + ", "
                    + note.path("notedOn").asText() + ": " + note.path("note").asText()
                    + (present(note.get("writtenBy")) ? " (" + note.get("writtenBy").asText() + ")" : "")));
            return lines;
        }
        if (after == null || !after.isObject() || before != null && !before.isObject()) {
            // The audit trail cut a long value short: show what it kept.
            lines.add(new StaffIdeasPage.Line("Recorded", (before == null ? "" : before.asText() + " → ")
                    + (after == null ? "" : after.asText())));
            return lines;
        }
        if (before == null) {
            for (String field : RAISED) {
                if (present(after.get(field))) {
                    lines.add(new StaffIdeasPage.Line(FIELDS.get(field), show(field, after.get(field))));
                }
            }
            return lines;
        }
        for (Map.Entry<String, String> f : FIELDS.entrySet()) {
            JsonNode was = before.get(f.getKey());
            JsonNode is = after.get(f.getKey());
            if (!Objects.equals(normal(was), normal(is))) {
                lines.add(new StaffIdeasPage.Line(f.getValue(), show(f.getKey(), was) + " → " + show(f.getKey(), is)));
            }
        }
        return lines;
    }

    /** An enum constant as a word: NEGATIVE → Negative, WASTE_OR_COST → Waste or cost. */
    static String word(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static JsonNode normal(JsonNode node) {
        return present(node) ? node : null;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static String show(String field, JsonNode node) {
        if (!present(node)) {
            return "(none)";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "yes" : "no";
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (present(e.getValue()) && !e.getKey().equals("id")) {
                    parts.add(e.getKey() + ": " + e.getValue().asText());
                }
            }
            return String.join("; ", parts);
        }
        String text = node.asText();
        try {
            return switch (field) {
                case "column" -> IdeaColumn.valueOf(text).label;
                case "qualityAim" -> QualityAim.valueOf(text).label;
                default -> text;
            };
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
