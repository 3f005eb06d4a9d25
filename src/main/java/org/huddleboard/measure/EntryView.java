package org.huddleboard.measure;

import java.time.Instant;
import java.time.LocalDate;

public record EntryView(String ward, String measure, LocalDate date, double value, String note, String enteredBy,
        Instant enteredAt, int version, Status status, boolean presentOnAdmission) {

    public static EntryView of(MeasureEntry e) {
        return new EntryView(e.ward.code, e.measure.key, e.date, e.value, e.note, e.enteredBy, e.enteredAt,
                e.version, e.measure.statusOf(e.value), e.presentOnAdmission);
    }
}
