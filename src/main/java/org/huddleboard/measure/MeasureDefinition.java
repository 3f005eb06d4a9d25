package org.huddleboard.measure;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class MeasureDefinition extends PanacheEntity {

    @Column(name = "measure_key")
    public String key;
    public String name;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String unit;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public double target;
    /** The value beyond which a miss turns from amber to red. */
    public double amberThreshold;
    /** The smallest and largest value that can be true for this measure; anything outside is refused. */
    public double minValue;
    public double maxValue;
    /** How to count it, shown to whoever enters it (e.g. "falls since 07:00 yesterday, from Datix"). */
    public String howToCount;
    /** When it was taken out of the library: off every board, its history kept. */
    public Instant retiredAt;
    /** Increases with every edit, so an edit made on a stale copy is refused. */
    public int version;

    public static Optional<MeasureDefinition> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** A safety count whose target is none (falls, pressure ulcers, medication incidents): each one is harm. */
    public boolean countsHarm() {
        return category == Category.SAFETY && kind == Kind.COUNT && direction == Direction.LOWER_IS_BETTER
                && target == 0;
    }

    public Status statusOf(Double value) {
        return statusOf(value, target, amberThreshold);
    }

    /** The status against a ward's own target and threshold; harm stays harm whatever the ward's target. */
    public Status statusOf(Double value, double target, double amberThreshold) {
        if (value == null) {
            return Status.NONE;
        }
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (higher ? value >= target : value <= target) {
            return Status.GREEN;
        }
        if (countsHarm()) {
            return Status.RED; // one fall is harm, never "near target"
        }
        if (higher ? value >= amberThreshold : value <= amberThreshold) {
            return Status.AMBER;
        }
        return Status.RED;
    }
}
