package org.huddleboard.huddle;

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

/** One stand-up of a ward: in progress until {@code endedAt} is set, by the tablet or automatically. */
@Entity
public class Huddle extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    /** The trust day it started on. */
    @Column(name = "huddle_date")
    public LocalDate date;
    public Instant startedAt;
    public Instant endedAt;
    public boolean autoEnded;
    public String facilitator;
    public int attendance;
    /** {@link HuddleRole} names, comma-separated. */
    public String roles;
    /** Staffing and flow notes. */
    public String notes;
    public int targetMinutes;
    @Version
    public int version;

    public boolean inProgress() {
        return endedAt == null;
    }

    public static Optional<Huddle> inProgress(Ward ward) {
        return find("ward = ?1 and endedAt is null", ward).firstResultOptional();
    }

    public static List<Huddle> forWard(Ward ward, LocalDate from, LocalDate to) {
        return list("ward = ?1 and date >= ?2 and date <= ?3 order by startedAt", ward, from, to);
    }

    /** Every ward's huddles between two days, with their wards and CSUs: for the figures. */
    public static List<Huddle> between(LocalDate from, LocalDate to) {
        return list("select h from Huddle h join fetch h.ward w join fetch w.csu where h.date >= ?1 and h.date <= ?2",
                from, to);
    }

    public static List<Huddle> startedBefore(Instant instant) {
        return list("select h from Huddle h join fetch h.ward where h.endedAt is null and h.startedAt < ?1",
                instant);
    }

    /** The short names that facilitated recently, most recent first. */
    public static List<String> facilitatorsSince(Ward ward, LocalDate since, int limit) {
        return getEntityManager().createQuery("select h.facilitator from Huddle h where h.ward = ?1 and h.date >= ?2"
                + " group by h.facilitator order by max(h.startedAt) desc", String.class)
                .setParameter(1, ward).setParameter(2, since).setMaxResults(limit).getResultList();
    }
}
