package org.huddleboard.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Person;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;

/**
 * The days a ward changed its process for a measure. Each starts a new segment of the measure's
 * chart with its own limits, so it changes the wall's icons: recorded by the ward's leads and
 * admins, audited, and sent to the ward's open screens.
 */
@ApplicationScoped
@Transactional
public class RebaseService {

    public static final String KIND = "measure-rebase";
    static final int REASON_MAX = 200;

    @Inject
    Audit audit;
    @Inject
    TrustClock clock;
    @Inject
    Event<BoardChanged> changes;

    public List<RebaseView> list(Viewer viewer, String wardCode, String key) {
        return MeasureRebase.listFor(measure(viewer, wardCode, key)).stream().map(RebaseView::of).toList();
    }

    public RebaseView add(Viewer viewer, String wardCode, String key, RebaseRequest request) {
        WardMeasure wm = writable(viewer, wardCode, key);
        Params.body(request);
        if (request.date() == null || request.date().isBlank()) {
            throw ApiProblem.invalid("date", "is required: the first day of the new process, like 2026-03-29");
        }
        LocalDate date = Params.date("date", request.date().strip());
        if (date.isAfter(clock.today())) {
            throw ApiProblem.invalid("date", "must not be after today: record a change on the day it starts");
        }
        String reason = PublicText.check("reason", TextFields.required("reason", request.reason(), REASON_MAX));
        long version = Ward.nextBoardVersion(wm.ward);
        if (MeasureRebase.count("wardMeasure = ?1 and date = ?2", wm, date) > 0) {
            throw ApiProblem.conflict("A change is already recorded on " + date + " for " + wm.measure.name
                    + " on this ward", list(viewer, wardCode, key));
        }
        MeasureRebase r = new MeasureRebase();
        r.wardMeasure = wm;
        r.date = date;
        r.reason = reason;
        r.recordedBy = viewer.kind() == Viewer.Kind.PERSON
                ? Person.<Person>findByIdOptional(viewer.id()).map(p -> p.displayName).orElse(viewer.name())
                : viewer.name();
        r.recordedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        r.persist();
        RebaseView view = RebaseView.of(r);
        audit.record(viewer, null, wm.ward.code, "measure.rebase-recorded", wm.measure.key + " " + date, null, view);
        changes.fire(new BoardChanged(wm.ward.code, version, KIND, view));
        return view;
    }

    public void remove(Viewer viewer, String wardCode, String key, String dateText) {
        WardMeasure wm = writable(viewer, wardCode, key);
        LocalDate date = Params.date("date", dateText);
        long version = Ward.nextBoardVersion(wm.ward);
        MeasureRebase r = MeasureRebase.<MeasureRebase>find("wardMeasure = ?1 and date = ?2", wm, date)
                .firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("A recorded change on " + date + " for " + key));
        RebaseView before = RebaseView.of(r);
        r.delete();
        audit.record(viewer, null, wm.ward.code, "measure.rebase-removed", key + " " + date, before, null);
        changes.fire(new BoardChanged(wm.ward.code, version, KIND, before));
    }

    /** The ward's measure, if on its board (history of one taken off stays readable through its chart). */
    static WardMeasure measure(Viewer viewer, String wardCode, String key) {
        Ward ward = Access.readable(viewer, wardCode, "You may not see ward " + wardCode);
        return WardMeasure.findOnBoard(ward, key)
                .orElseThrow(() -> ApiProblem.notFound("Measure " + key + " on the board of ward " + wardCode));
    }

    private static WardMeasure writable(Viewer viewer, String wardCode, String key) {
        WardMeasure wm = measure(viewer, wardCode, key);
        Access.requireLead(viewer, wm.ward, "Only the ward's leads and admins record changes to its process");
        return wm;
    }
}
