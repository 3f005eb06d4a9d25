package org.huddleboard.huddle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A short task agreed at a huddle, with an owner and a due day; carried from huddle to huddle until closed. */
@Entity
public class HuddleAction extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    public String text;
    public String owner;
    public LocalDate dueDate;
    public LocalDate createdOn;
    public Instant createdAt;
    @ManyToOne(fetch = FetchType.LAZY)
    public Huddle huddle;
    @Enumerated(EnumType.STRING)
    public ActionState state;
    public Instant closedAt;
    public String closedBy;
    @Version
    public int version;

    /** Open ones, the longest overdue first, then by due day. */
    public static List<HuddleAction> open(Ward ward) {
        return list("ward = ?1 and state = ?2 order by dueDate, createdAt, id", ward, ActionState.OPEN);
    }

    /** Open ones and those closed since {@code since}, newest closed last. */
    public static List<HuddleAction> openOrClosedSince(Ward ward, Instant since) {
        return list("ward = ?1 and (state = ?2 or closedAt >= ?3) order by dueDate, createdAt, id", ward,
                ActionState.OPEN, since);
    }
}
