package org.huddleboard.idea;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

import static org.huddleboard.idea.IdeaService.MAX_NAME;
import static org.huddleboard.idea.IdeaService.MAX_NOTE;

/**
 * Plan-do-study-act notes on a card in Testing. A note moves the card's version on, so two
 * tablets noting the same card hear of each other.
 */
@ApplicationScoped
@Transactional
public class PdsaNotes {

    @Inject
    IdeaService ideas;
    @Inject
    IdeaChanges changes;
    @Inject
    TrustClock clock;

    /** A note as saved, with the card after it, and the board version it made. */
    public record NoteSaved(NoteView.Added added, long boardVersion) {
    }

    public NoteSaved addNote(Viewer viewer, String wardCode, String id, NoteRequest request) {
        Ward ward = IdeaService.writable(viewer, wardCode);
        Params.body(request);
        if (request.stage() == null) {
            throw ApiProblem.invalid("stage", "is required: one of " + Params.names(PdsaStage.class));
        }
        String text = TextFields.requiredLines("note", request.note(), MAX_NOTE);
        String writtenBy = TextFields.optional("writtenBy", request.writtenBy(), MAX_NAME);
        LocalDate today = clock.today();
        LocalDate notedOn = request.notedOn() == null || request.notedOn().isBlank() ? today
                : Params.date("notedOn", request.notedOn().strip());
        if (notedOn.isAfter(today)) {
            throw ApiProblem.invalid("notedOn", "is in the future (today is " + today + " in trust time)");
        }

        IdeaService.Locked locked = ideas.lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        if (idea.column != IdeaColumn.TESTING) {
            throw ApiProblem.conflict("PDSA notes are kept while a card is in Testing; this card is in "
                    + idea.column.label, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        PdsaNote note = new PdsaNote();
        note.idea = idea;
        note.stage = request.stage();
        note.notedOn = notedOn;
        note.note = text;
        note.writtenBy = writtenBy;
        note.createdAt = ideas.now();
        note.persist();
        // The note is part of the card: two tablets adding notes to one card are told of each other.
        Idea.getEntityManager().lock(idea, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        NoteView view = NoteView.of(note);
        IdeaView after = changes.saved(viewer, writtenBy, idea, boardVersion, "idea.pdsa-note", before,
                card -> new NoteView.Audited(view, card.version()));
        return new NoteSaved(new NoteView.Added(view, after), boardVersion);
    }
}
