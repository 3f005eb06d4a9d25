package org.huddleboard.idea;

/** A lead offers a proven card to the trust: the card version loaded, and its effect in one line. */
public record OfferRequest(Integer version, String summary) {
}
