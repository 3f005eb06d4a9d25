package org.huddleboard.idea;

import java.time.LocalDate;

/** A PDSA note as the API shows it. */
public record NoteView(long id, PdsaStage stage, LocalDate notedOn, String note, String writtenBy) {

    static NoteView of(PdsaNote n) {
        return new NoteView(n.id, n.stage, n.notedOn, n.note, n.writtenBy);
    }

    /** A note added to a card: the note, and the card as it is after (its version moved on). */
    public record Added(NoteView note, IdeaView idea) {
    }

    /** What the audit trail keeps of a note: the note and the card version it made. */
    record Audited(NoteView note, int version) {
    }
}
