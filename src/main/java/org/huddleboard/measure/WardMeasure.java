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

    public static List<WardMeasure> listForWard(Ward ward) {
        return list("ward = ?1 order by measure.category, sortOrder", ward);
    }

    /** The measure of that key, if it is on the ward's board: one query (a Panache count is costly to plan). */
    public static Optional<MeasureDefinition> onBoard(Ward ward, String key) {
        return WardMeasure.<WardMeasure>find("ward = ?1 and measure.key = ?2", ward, key).firstResultOptional()
                .map(wm -> wm.measure);
    }
}
