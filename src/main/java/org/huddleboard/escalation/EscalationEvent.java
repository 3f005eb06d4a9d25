package org.huddleboard.escalation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One step in an escalation's timeline: who did what, when, and what they wrote. */
@Entity
public class EscalationEvent extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Escalation escalation;
    /** {@code raise} or an {@link EscalationAction#id}. */
    public String action;
    public Instant occurredAt;
    /** The person's display name, or the device's name. */
    public String actorName;
    @Enumerated(EnumType.STRING)
    public Side side;
    /** The name typed on a shared tablet; optional. */
    public String typedName;
    public String note;
    /** The tier and state the escalation had after this step. */
    public int tier;
    @Enumerated(EnumType.STRING)
    public EscalationState state;

    public static List<EscalationEvent> timeline(Escalation escalation) {
        return list("escalation = ?1 order by occurredAt, id", escalation);
    }
}
