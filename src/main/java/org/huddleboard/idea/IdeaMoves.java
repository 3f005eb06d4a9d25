package org.huddleboard.idea;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.Params;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

import static org.huddleboard.idea.IdeaService.MAX_NAME;
import static org.huddleboard.idea.IdeaService.MAX_REASON;
import static org.huddleboard.idea.IdeaService.MAX_TEXT;

/**
 * Moves a card between columns, only as {@link IdeaColumn#next()} allows, with what each move
 * needs: a reason to park, what changed and its effect to implement, and a cleared quality impact
 * check before a waste- or cost-cutting idea goes to Testing.
 */
@ApplicationScoped
@Transactional
public class IdeaMoves {

    @Inject
    IdeaService ideas;
    @Inject
    IdeaChanges changes;
    @Inject
    TrustClock clock;

    public IdeaService.Saved move(Viewer viewer, String wardCode, String id, MoveRequest request) {
        Ward ward = IdeaService.writable(viewer, wardCode);
        Params.body(request);
        IdeaColumn to = request.to();
        if (to == null) {
            throw ApiProblem.invalid("to", "is required: one of " + Params.names(IdeaColumn.class));
        }
        String reason = TextFields.optional("reason", request.reason(), MAX_REASON);
        String changeMade = TextFields.optionalLines("changeMade", request.changeMade(), MAX_TEXT);
        String effect = TextFields.optionalLines("effect", request.effect(), MAX_TEXT);
        String enteredBy = TextFields.optional("enteredBy", request.enteredBy(), MAX_NAME);
        onlyFor(to, IdeaColumn.PARKED, "reason", reason);
        onlyFor(to, IdeaColumn.IMPLEMENTED, "changeMade", changeMade);
        onlyFor(to, IdeaColumn.IMPLEMENTED, "effect", effect);

        IdeaService.Locked locked = ideas.lockCard(ward, id, request.version());
        Idea idea = locked.idea();
        long boardVersion = locked.boardVersion();
        IdeaColumn from = idea.column;
        IdeaView before = changes.view(idea);
        if (!from.canMoveTo(to)) {
            throw ApiProblem.conflict("A card in " + from.label + " can move "
                    + (from.next().isEmpty() ? "nowhere" : "to " + labels(from)) + ", not to " + to.label, before);
        }
        switch (to) {
            case PARKED -> idea.parkedReason = needed("reason", reason, "say why the card is parked");
            case IMPLEMENTED -> {
                idea.changeMade = needed("changeMade", changeMade, "say what changed");
                idea.effect = needed("effect", effect, "say what effect the change had");
                idea.implementedOn = clock.today();
            }
            case CELEBRATED -> idea.celebratedOn = clock.today();
            case TESTING -> requireImpactCleared(idea, before);
            case NEW -> idea.parkedReason = null; // revived: the audit trail keeps the reason it was parked
        }
        idea.column = to;
        idea.movedAt = ideas.now();
        return new IdeaService.Saved(changes.saved(viewer, enteredBy, idea, boardVersion, "idea.moved", before), boardVersion);
    }

    private static void requireImpactCleared(Idea idea, IdeaView current) {
        if (!idea.qualityAim.needsImpactCheck() || idea.impact != null && idea.impact.cleared()) {
            return;
        }
        boolean recorded = idea.impact != null && idea.impact.recorded();
        throw ApiProblem.conflict(recorded
                ? "This idea has a negative effect in its quality impact check: a lead of the ward must sign it off"
                        + " before it moves to Testing"
                : "An idea that removes waste or cost needs a quality impact check (safety, effectiveness,"
                        + " experience) before it moves to Testing", current);
    }

    private static void onlyFor(IdeaColumn to, IdeaColumn takesIt, String field, String value) {
        if (value != null && to != takesIt) {
            throw ApiProblem.invalid(field, "is only taken on a move to " + takesIt.label);
        }
    }

    private static String needed(String field, String value, String why) {
        if (value == null) {
            throw ApiProblem.invalid(field, "is required: " + why);
        }
        return value;
    }

    private static String labels(IdeaColumn from) {
        List<String> labels = from.next().stream().map(c -> c.label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
