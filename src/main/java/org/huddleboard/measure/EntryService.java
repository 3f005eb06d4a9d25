package org.huddleboard.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

@ApplicationScoped
@Transactional
public class EntryService {

    @Inject
    TrustClock clock;
    @Inject
    Event<BoardChanged> changes;
    @Inject
    Audit audit;

    public record Saved(EntryView entry, boolean created, long boardVersion) {
    }

    public Saved record(Viewer viewer, String wardCode, String measureKey, String day, EntryRequest request) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        Access.requireWrite(viewer, ward);
        WardMeasure onBoard = WardMeasure.findOnBoard(ward, measureKey)
                .orElseThrow(() -> ApiProblem.notFound("Measure " + measureKey + " on ward " + wardCode));
        MeasureDefinition measure = onBoard.measure;
        LocalDate date = parseDate(day);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        double value = EntryValues.parse(measure, request.value());
        boolean onAdmission = presentOnAdmission(onBoard, value, request.presentOnAdmission());
        String note = PublicText.check("note", EntryValues.text("note", request.note(), EntryValues.MAX_NOTE));
        String enteredBy = PublicText.check("enteredBy",
                EntryValues.text("enteredBy", request.enteredBy(), EntryValues.MAX_NAME));

        // Lock the board first: from here on nobody else can change this ward until we commit.
        long boardVersion = Ward.nextBoardVersion(ward);
        MeasureEntry entry = MeasureEntry.findFor(ward, measure, date).orElse(null);
        boolean created = entry == null;
        EntryView before = created ? null : EntryView.of(entry, onBoard);
        if (created) {
            entry = new MeasureEntry();
            entry.ward = ward;
            entry.measure = measure;
            entry.date = date;
        } else if (request.version() == null || request.version() != entry.version) {
            throw ApiProblem.conflict("This value was changed since you loaded it (now version " + entry.version
                    + "); check the current value and send its version to correct it", EntryView.of(entry, onBoard));
        }
        entry.value = value;
        entry.presentOnAdmission = onAdmission;
        entry.note = note;
        entry.enteredBy = enteredBy;
        // Stored with microseconds (what both H2 and PostgreSQL keep), so answer with exactly that.
        entry.enteredAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        entry.persistAndFlush();
        EntryView view = EntryView.of(entry, onBoard);
        audit.record(viewer, enteredBy, ward.code, created ? "measure-entry.created" : "measure-entry.corrected",
                measure.key + " " + date, before, view);
        changes.fire(new BoardChanged(ward.code, boardVersion, "measure-entry", view));
        return new Saved(view, created, boardVersion);
    }

    /** Harm present on admission is a harm measure's mark, for a day with harm: anything else is refused. */
    public static boolean presentOnAdmission(WardMeasure onBoard, double value, Boolean flag) {
        if (flag == null || !flag) {
            return false;
        }
        if (!onBoard.safetyCross) {
            throw ApiProblem.invalid("presentOnAdmission", "applies only to a harm measure with a safety cross on "
                    + "this ward, and " + onBoard.measure.key + " has none");
        }
        if (value <= 0) {
            throw ApiProblem.invalid("presentOnAdmission", "can be true only when harm was recorded (a value above 0)");
        }
        return true;
    }

    /** Accepts an ISO date, or {@code today} for the trust's current day. */
    LocalDate parseDate(String day) {
        LocalDate today = clock.today();
        if ("today".equals(day)) {
            return today;
        }
        LocalDate date = Params.date("date", day, ", or 'today'");
        if (date.isAfter(today)) {
            throw ApiProblem.invalid("date", "is in the future (today is " + today + " in trust time)");
        }
        return date;
    }
}
