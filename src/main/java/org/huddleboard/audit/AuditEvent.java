package org.huddleboard.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;

/** One line of the append-only audit trail. Immutable: Hibernate never updates it. */
@Entity
@Immutable
public class AuditEvent extends PanacheEntity {

    public Instant occurredAt;
    /** PERSON, DEVICE, ANONYMOUS (a failed sign-in) or SYSTEM (the server itself, e.g. a huddle ended automatically). */
    public String actorKind;
    /** Username or device name. */
    public String actorName;
    /** Initials or a name typed with the change, if any. */
    public String typedName;
    public String wardCode;
    public String action;
    public String subject;
    public String beforeValue;
    public String afterValue;

    /** Newest first, optionally for one ward, between two instants. */
    static List<AuditEvent> search(String ward, Instant from, Instant to, int limit) {
        String query = "occurredAt >= :from and occurredAt < :to" + (ward == null ? "" : " and wardCode = :ward")
                + " order by occurredAt desc, id desc";
        Parameters params = Parameters.with("from", from).and("to", to);
        if (ward != null) {
            params = params.and("ward", ward);
        }
        return find(query, params).page(0, limit).list();
    }
}
