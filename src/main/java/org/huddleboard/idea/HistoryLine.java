package org.huddleboard.idea;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change in a card's history, from the audit trail. {@code before} and {@code after} are
 * the card as JSON (a note line's {@code after} is the note and the card version); a value the
 * audit trail had to shorten is given as the text it kept.
 */
public record HistoryLine(Instant occurredAt, String actor, String typedName, String action, JsonNode before,
        JsonNode after) {
}
