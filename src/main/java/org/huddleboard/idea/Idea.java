package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An improvement idea card on one ward's idea board. */
@Entity
public class Idea extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    public String title;
    public String problem;
    /** The idea itself: what the ward proposes to change. */
    public String proposal;
    /** Short name or role of whoever raised it; optional. */
    public String raisedBy;
    public LocalDate raisedOn;
    public String owner;
    public LocalDate dueDate;
    /** The ward measure it hopes to move; optional. */
    @ManyToOne(fetch = FetchType.LAZY)
    public MeasureDefinition measure;
    @Enumerated(EnumType.STRING)
    public QualityAim qualityAim;
    @Enumerated(EnumType.STRING)
    @Column(name = "idea_column")
    public IdeaColumn column;
    public Instant movedAt;
    public String parkedReason;
    /** On reaching Implemented: what changed, and its effect. */
    public String changeMade;
    public String effect;
    public LocalDate implementedOn;
    public LocalDate celebratedOn;
    @Embedded
    public ImpactCheck impact = new ImpactCheck();
    /** Set when a lead offers this proven idea to other wards. */
    public String offerSummary;
    public String offeredBy;
    public Instant offeredAt;
    /** The card on another ward this one was adopted from. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Idea adoptedFrom;
    public Instant createdAt;
    @Version
    public int version;

    /** Owned, due before today (trust time) and still New or Testing. */
    public boolean overdueOn(LocalDate today) {
        return owner != null && dueDate != null && dueDate.isBefore(today) && column.inProgress();
    }

    public static Optional<Idea> findOnWard(Ward ward, long id) {
        return find("ward = ?1 and id = ?2", ward, id).firstResultOptional();
    }

    /** The ward's cards, newest move first, with the measure and origin each card's view reads. */
    public static List<Idea> listForWard(Ward ward) {
        return list("select i from Idea i left join fetch i.measure left join fetch i.adoptedFrom a"
                + " left join fetch a.ward where i.ward = ?1 order by i.movedAt desc, i.id desc", ward);
    }

    /** Cards adopted from this one, on other wards. */
    public static List<Idea> adoptionsOf(Idea original) {
        return list("select i from Idea i join fetch i.ward where i.adoptedFrom = ?1 order by i.createdAt", original);
    }

    /** Proven ideas offered to the trust, newest offer first. */
    public static List<Idea> offered(int limit) {
        return find("select i from Idea i join fetch i.ward where i.offeredAt is not null order by i.offeredAt desc")
                .page(0, limit).list();
    }
}
