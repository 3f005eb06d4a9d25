package org.huddleboard.measure;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A day's value as a tablet sends it. {@code value} is left as JSON so that a value of the
 * wrong kind is refused with a reason rather than coerced. {@code version} is the entry version
 * the edit is based on; leave it out only when no value exists yet for that day.
 * {@code presentOnAdmission}: the day's harm was present on admission (a measure with a safety
 * cross on the ward, and a value above 0 only); left out means false.
 */
public record EntryRequest(JsonNode value, String note, String enteredBy, Integer version,
        Boolean presentOnAdmission) {
}
