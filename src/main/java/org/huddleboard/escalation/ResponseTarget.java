package org.huddleboard.escalation;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The response-time targets an admin set for one severity; each is {@code PT2H}-style,
 * {@code next-huddle} or {@code none}. A severity with no row uses the configured targets.
 */
@Entity
public class ResponseTarget extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    public Severity severity;
    public String acknowledgeWithin;
    public String answerWithin;
    public String resolveWithin;
    @Version
    public int version;

    /** Locked until commit, so two admins' changes to one severity are applied one at a time. */
    static Optional<ResponseTarget> findForUpdate(Severity severity) {
        return find("severity", severity).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
