package org.huddleboard.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.Params;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TextFields;
import org.huddleboard.ward.Ward;

import static org.huddleboard.idea.IdeaService.MAX_IMPACT_NOTE;
import static org.huddleboard.idea.IdeaService.MAX_NAME;

/**
 * The quality impact check on a New card, and a ward lead's sign-off when it finds a negative
 * effect. A new check clears an earlier sign-off.
 */
@ApplicationScoped
@Transactional
public class ImpactChecks {

    @Inject
    IdeaService ideas;
    @Inject
    IdeaChanges changes;

    public IdeaService.Saved checkImpact(Viewer viewer, String wardCode, String id, ImpactRequest request) {
        Ward ward = IdeaService.writable(viewer, wardCode);
        Params.body(request);
        ImpactRequest.Part safety = part("safety", request.safety());
        ImpactRequest.Part effectiveness = part("effectiveness", request.effectiveness());
        ImpactRequest.Part experience = part("experience", request.experience());
        String checkedBy = TextFields.optional("checkedBy", request.checkedBy(), MAX_NAME);

        IdeaService.Locked locked = ideas.lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        if (idea.column != IdeaColumn.NEW) {
            throw ApiProblem.conflict("The quality impact check is made while a card is New; this card is in "
                    + idea.column.label, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        ImpactCheck check = new ImpactCheck();
        check.safety = safety.effect();
        check.safetyNote = safety.note();
        check.effectiveness = effectiveness.effect();
        check.effectivenessNote = effectiveness.note();
        check.experience = experience.effect();
        check.experienceNote = experience.note();
        check.checkedBy = checkedBy;
        check.checkedAt = ideas.now();
        idea.impact = check; // a new check needs a new sign-off
        return new IdeaService.Saved(changes.saved(viewer, checkedBy, idea, boardVersion, "idea.impact-checked", before),
                boardVersion);
    }

    public IdeaService.Saved signOff(Viewer viewer, String wardCode, String id, VersionRequest request) {
        Ward ward = IdeaService.writable(viewer, wardCode);
        if (viewer.role() != Role.LEAD) {
            throw ApiProblem.forbidden("Only a lead of ward " + ward.code + " can sign off a quality impact check");
        }
        Params.body(request);
        IdeaService.Locked locked = ideas.lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        ImpactCheck check = idea.impact;
        String refusal = idea.column != IdeaColumn.NEW ? "The impact check is signed off while a card is New; this"
                + " card is in " + idea.column.label
                : check == null || !check.recorded() ? "This card has no quality impact check to sign off yet"
                        : !check.anyNegative() ? "This impact check has no negative effect, so it needs no sign-off"
                                : check.signedOffAt != null ? "This impact check is already signed off by "
                                        + check.signedOffBy : null;
        if (refusal != null) {
            throw ApiProblem.conflict(refusal, changes.view(idea));
        }
        IdeaView before = changes.view(idea);
        check.signedOffBy = viewer.name();
        check.signedOffAt = ideas.now();
        return new IdeaService.Saved(changes.saved(viewer, null, idea, boardVersion, "idea.impact-signed-off", before),
                boardVersion);
    }

    private static ImpactRequest.Part part(String field, ImpactRequest.Part part) {
        if (part == null) {
            throw ApiProblem.invalid(field, "is required: the expected effect on " + field + " and a sentence why");
        }
        if (part.effect() == null) {
            throw ApiProblem.invalid(field + ".effect", "is required: one of " + Params.names(Effect.class));
        }
        return new ImpactRequest.Part(part.effect(),
                TextFields.required(field + ".note", part.note(), MAX_IMPACT_NOTE));
    }
}
