package org.huddleboard.measure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.huddleboard.commitment.Commitment;
import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A measure on a ward's board, in the ward's own order; the queries here leave out removed and retired ones. */
@Entity
public class WardMeasure extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    @ManyToOne(optional = false)
    public MeasureDefinition measure;
    public int sortOrder;
    /** Whether the ward keeps a safety cross for this measure: a count of harm, one day box each day. */
    public boolean safetyCross;
    /** The ward's own target and amber threshold; null: the library's. */
    public Double target;
    public Double amberThreshold;
    /** When the ward took it off its board; its history stays. */
    public Instant removedAt;
    /** The trust's annual commitment this measure serves on this ward; null: none. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Commitment commitment;

    private static final String ON_BOARD = "ward = ?1 and removedAt is null and measure.retiredAt is null";

    public double effectiveTarget() {
        return target == null ? measure.target : target;
    }

    public double effectiveAmberThreshold() {
        return amberThreshold == null ? measure.amberThreshold : amberThreshold;
    }

    public Status statusOf(Double value) {
        return measure.statusOf(value, effectiveTarget(), effectiveAmberThreshold());
    }

    public static List<WardMeasure> listForWard(Ward ward) {
        return list(ON_BOARD + " order by measure.category, sortOrder", ward);
    }

    /** The ward's measures with a safety cross, in the board's order. */
    public static List<WardMeasure> crossesForWard(Ward ward) {
        return list(ON_BOARD + " and safetyCross = true order by measure.category, sortOrder", ward);
    }

    /** The ward's measure of that key, if it is on the ward's board. */
    public static Optional<WardMeasure> findOnBoard(Ward ward, String key) {
        return WardMeasure.<WardMeasure>find(ON_BOARD + " and measure.key = ?2", ward, key).firstResultOptional();
    }

    /** The measure of that key, if it is on the ward's board: one query (a Panache count is costly to plan). */
    public static Optional<MeasureDefinition> onBoard(Ward ward, String key) {
        return findOnBoard(ward, key).map(wm -> wm.measure);
    }
}
