package org.huddleboard.measure;

import java.time.Instant;

/** A library measure, with how many live wards have it on their board. */
public record LibraryView(String key, String name, Category category, String unit, Kind kind, Direction direction,
        double minValue, double maxValue, double target, double amberThreshold, String howToCount, int version,
        Instant retiredAt, long wards) {

    static LibraryView of(MeasureDefinition m) {
        return new LibraryView(m.key, m.name, m.category, m.unit, m.kind, m.direction, m.minValue, m.maxValue,
                m.target, m.amberThreshold, m.howToCount, m.version, m.retiredAt,
                WardMeasure.count("measure = ?1 and removedAt is null and ward.retiredAt is null", m));
    }
}
