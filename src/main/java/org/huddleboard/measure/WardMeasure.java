package org.huddleboard.measure;

import java.util.List;

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

    public static boolean isOnBoard(Ward ward, MeasureDefinition measure) {
        return count("ward = ?1 and measure = ?2", ward, measure) > 0;
    }
}
