package org.huddleboard.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One value of one measure on one ward for one calendar day (trust time). */
@Entity
public class MeasureEntry extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public MeasureDefinition measure;
    @Column(name = "entry_date")
    public LocalDate date;
    @Column(name = "entry_value")
    public double value;
    public String note;
    /** The day's harm was present when the patient came in: shown on the safety cross, not counted as the ward's harm. */
    public boolean presentOnAdmission;
    public String enteredBy;
    public Instant enteredAt;
    @Version
    public int version;

    public static Optional<MeasureEntry> findFor(Ward ward, MeasureDefinition measure, LocalDate date) {
        return find("ward = ?1 and measure = ?2 and date = ?3", ward, measure, date).firstResultOptional();
    }

    public static List<MeasureEntry> listForWard(Ward ward, LocalDate from, LocalDate to) {
        return list("ward = ?1 and date >= ?2 and date <= ?3", ward, from, to);
    }

    /**
     * The latest day up to {@code until} on which harm (a value above zero) occurred on the ward;
     * harm present on admission does not count.
     */
    public static LocalDate lastHarm(Ward ward, MeasureDefinition measure, LocalDate until) {
        return getEntityManager()
                .createQuery("select max(e.date) from MeasureEntry e where e.ward = ?1 and e.measure = ?2"
                        + " and e.value > 0 and e.presentOnAdmission = false and e.date <= ?3", LocalDate.class)
                .setParameter(1, ward).setParameter(2, measure).setParameter(3, until)
                .getSingleResult();
    }
}
