package org.huddleboard.huddle;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/** Thanks and celebrations, shown on the ward's wall screen for the rest of the trust day. */
@ApplicationScoped
@Transactional
public class ThanksService {

    static final int MAX_TEXT = 200;
    static final int MAX_NAME = 40;

    @Inject
    WardChanges changes;
    @Inject
    TrustClock clock;

    public List<ThanksView> today(Viewer viewer, String wardCode) {
        Ward ward = changes.readable(viewer, wardCode);
        return ThanksNote.shownOn(ward, clock.today()).stream().map(ThanksView::of).toList();
    }

    public ThanksView add(Viewer viewer, String wardCode, ThanksRequest request) {
        Ward ward = changes.writable(viewer, wardCode);
        Params.body(request);
        ThanksNote t = new ThanksNote();
        t.text = PublicText.check("text", TextFields.required("text", request.text(), MAX_TEXT));
        t.addedBy = PublicText.check("by", TextFields.optional("by", request.by(), MAX_NAME));
        if (request.huddleId() != null) {
            Huddle h = Huddle.findById(request.huddleId());
            if (h == null || !h.ward.id.equals(ward.id)) {
                throw ApiProblem.invalid("huddleId", "is not a huddle of ward " + wardCode);
            }
            t.huddle = h;
        }
        long boardVersion = changes.lock(ward);
        t.ward = ward;
        t.addedAt = changes.now();
        t.date = clock.dayOf(t.addedAt);
        t.persistAndFlush();
        ThanksView after = ThanksView.of(t);
        changes.saved(viewer, t.addedBy, ward, boardVersion, WardChanges.THANKS, "thanks.added", subject(t), null,
                after);
        return after;
    }

    public void remove(Viewer viewer, String wardCode, String id) {
        Ward ward = changes.writable(viewer, wardCode);
        ThanksNote t = ThanksNote.findById(Params.id(id, "a thanks number"));
        if (t == null || !t.ward.id.equals(ward.id) || t.removedAt != null) {
            throw ApiProblem.notFound("Thanks " + id + " on ward " + wardCode);
        }
        long boardVersion = changes.lock(ward);
        ThanksView before = ThanksView.of(t);
        t.removedAt = changes.now();
        t.persistAndFlush();
        changes.saved(viewer, null, ward, boardVersion, WardChanges.THANKS, "thanks.removed", subject(t), before,
                ThanksView.of(t));
    }

    static String subject(ThanksNote t) {
        return "thanks " + t.id;
    }
}
