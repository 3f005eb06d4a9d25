package org.huddleboard.measure;

import java.time.Instant;
import java.time.LocalDate;

public record EntryView(String ward, String measure, LocalDate date, double value, String note, String enteredBy,
        Instant enteredAt, int version, Status status, boolean presentOnAdmission) {

    /** The entry, its status judged against the ward's own target for the measure. */
    public static EntryView of(MeasureEntry e, WardMeasure onBoard) {
        return new EntryView(e.ward.code, e.measure.key, e.date, e.value, e.note, e.enteredBy, e.enteredAt,
                e.version, onBoard.statusOf(e.value), e.presentOnAdmission);
    }
}
