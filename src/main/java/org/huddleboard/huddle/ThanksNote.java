package org.huddleboard.huddle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Thanks or a celebration from the huddle, on the wall screen for the rest of its day. */
@Entity
public class ThanksNote extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    @Column(name = "note_date")
    public LocalDate date;
    public String text;
    public String addedBy;
    public Instant addedAt;
    /** Taken down (typed on the wrong ward, say); kept for the audit trail. */
    public Instant removedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    public Huddle huddle;
    @Version
    public int version;

    /** The day's notes still up, newest first. */
    public static List<ThanksNote> shownOn(Ward ward, LocalDate day) {
        return list("ward = ?1 and date = ?2 and removedAt is null order by addedAt desc, id desc", ward, day);
    }
}
