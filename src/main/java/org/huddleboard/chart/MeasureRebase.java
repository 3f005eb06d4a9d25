package org.huddleboard.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import org.huddleboard.measure.WardMeasure;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A day the ward changed its process for a measure: its SPC chart starts a new segment with its own limits. */
@Entity
public class MeasureRebase extends PanacheEntity {

    @ManyToOne(optional = false)
    public WardMeasure wardMeasure;
    @Column(name = "rebase_date")
    public LocalDate date;
    /** What changed, in the ward's words: "New falls bundle from today". */
    public String reason;
    public String recordedBy;
    public Instant recordedAt;

    public static List<MeasureRebase> listFor(WardMeasure wardMeasure) {
        return list("wardMeasure = ?1 order by date", wardMeasure);
    }
}
