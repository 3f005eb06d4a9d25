package org.huddleboard.measure;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A measure on a ward's board, in the ward's own order. */
@Entity
public class WardMeasure extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    @ManyToOne(optional = false)
    public MeasureDefinition measure;
    public int sortOrder;
    /** Whether the ward keeps a safety cross for this measure: a count of harm, one day box each day. */
    public boolean safetyCross;

    public static List<WardMeasure> listForWard(Ward ward) {
        return list("ward = ?1 order by measure.category, sortOrder", ward);
    }

    /** The ward's measures with a safety cross, in the board's order. */
    public static List<WardMeasure> crossesForWard(Ward ward) {
        return list("ward = ?1 and safetyCross = true order by measure.category, sortOrder", ward);
    }

    /** The ward's measure of that key, if it is on the ward's board. */
    public static Optional<WardMeasure> findOnBoard(Ward ward, String key) {
        return WardMeasure.<WardMeasure>find("ward = ?1 and measure.key = ?2", ward, key).firstResultOptional();
    }

    /** The measure of that key, if it is on the ward's board: one query (a Panache count is costly to plan). */
    public static Optional<MeasureDefinition> onBoard(Ward ward, String key) {
        return findOnBoard(ward, key).map(wm -> wm.measure);
    }
}
