package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A card as the API and live messages show it. {@code overdue} is computed for the trust's
 * today; {@code allowedMoves} is what {@link IdeaColumn#next()} allows from its column.
 */
public record IdeaView(long id, String ward, String title, String problem, String idea, String raisedBy,
        LocalDate raisedOn, String owner, LocalDate dueDate, boolean overdue, String measure, QualityAim qualityAim,
        IdeaColumn column, Set<IdeaColumn> allowedMoves, Instant movedAt, String parkedReason, String changeMade,
        String effect, LocalDate implementedOn, LocalDate celebratedOn, Impact impactCheck, Offer offer,
        Origin adoptedFrom, int version) {

    public record Impact(Effect safety, String safetyNote, Effect effectiveness, String effectivenessNote,
            Effect experience, String experienceNote, String checkedBy, Instant checkedAt, boolean needsSignOff,
            String signedOffBy, Instant signedOffAt) {
    }

    public record Offer(String summary, String offeredBy, Instant offeredAt) {
    }

    /** The card this one was adopted from, and its ward. */
    public record Origin(long id, String ward, String wardName, String title) {
    }

    public static IdeaView of(Idea i, LocalDate today) {
        ImpactCheck c = i.impact;
        Impact impact = c == null || c.checkedAt == null ? null
                : new Impact(c.safety, c.safetyNote, c.effectiveness, c.effectivenessNote, c.experience,
                        c.experienceNote, c.checkedBy, c.checkedAt, c.anyNegative() && c.signedOffAt == null,
                        c.signedOffBy, c.signedOffAt);
        Offer offer = i.offeredAt == null ? null : new Offer(i.offerSummary, i.offeredBy, i.offeredAt);
        Origin origin = i.adoptedFrom == null ? null
                : new Origin(i.adoptedFrom.id, i.adoptedFrom.ward.code, i.adoptedFrom.ward.name, i.adoptedFrom.title);
        return new IdeaView(i.id, i.ward.code, i.title, i.problem, i.proposal, i.raisedBy, i.raisedOn, i.owner,
                i.dueDate, i.overdueOn(today), i.measure == null ? null : i.measure.key, i.qualityAim, i.column,
                i.column.next(), i.movedAt, i.parkedReason, i.changeMade, i.effect, i.implementedOn, i.celebratedOn,
                impact, offer, origin, i.version);
    }
}
