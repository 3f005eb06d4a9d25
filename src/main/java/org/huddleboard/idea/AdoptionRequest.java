package org.huddleboard.idea;

/**
 * A ward adopts a card another ward offers: {@code from} is the offered card's id;
 * {@code raisedBy} goes on the new card, {@code enteredBy} is the name typed on a shared tablet.
 */
public record AdoptionRequest(Long from, String raisedBy, String enteredBy) {
}
