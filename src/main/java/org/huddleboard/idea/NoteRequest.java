package org.huddleboard.idea;

/** A plan-do-study-act note on a card in Testing; {@code notedOn} (ISO date) is today if left out. */
public record NoteRequest(Integer version, PdsaStage stage, String note, String notedOn, String writtenBy) {
}
