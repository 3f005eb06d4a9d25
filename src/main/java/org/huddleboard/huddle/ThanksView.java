package org.huddleboard.huddle;

import java.time.Instant;
import java.time.LocalDate;

public record ThanksView(long id, String ward, LocalDate date, String text, String by, Instant addedAt,
        boolean removed, int version) {

    static ThanksView of(ThanksNote t) {
        return new ThanksView(t.id, t.ward.code, t.date, t.text, t.addedBy, t.addedAt, t.removedAt != null,
                t.version);
    }
}
