package org.huddleboard.chart;

import java.time.Instant;
import java.time.LocalDate;

public record RebaseView(LocalDate date, String reason, String recordedBy, Instant recordedAt) {

    static RebaseView of(MeasureRebase r) {
        return new RebaseView(r.date, r.reason, r.recordedBy, r.recordedAt);
    }
}
