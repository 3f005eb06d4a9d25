package org.huddleboard.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.huddleboard.access.Person;
import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A problem a ward cannot solve itself, with the tier that holds it now. */
@Entity
public class Escalation extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Ward ward;
    public String title;
    public String detail;
    @Enumerated(EnumType.STRING)
    public EscalationCategory category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    /** Short name of whoever raised it at the huddle; optional. */
    public String raisedBy;
    public Instant raisedAt;
    /** 2: the ward's CSU; 3: the trust's executives. */
    public int tier;
    @Enumerated(EnumType.STRING)
    public EscalationState state;
    /** Who acknowledged it at its current tier; cleared when it moves tier or is reopened. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Person owner;
    public String ownerName;
    /** The first acknowledgement or answer from any tier: what "time to acknowledge" measures. */
    public Instant acknowledgedAt;
    /** The first answer the ward could read (respond, resolve or hand back). */
    public Instant answeredAt;
    /** The latest answer the ward reads: a response, the resolution, or guidance handed back. */
    public String answer;
    public String answeredBy;
    /** When it was last resolved or handed back; cleared on reopen. */
    public Instant resolvedAt;
    public Instant reopenedAt;
    public Instant closedAt;
    /** When its being overdue was last told to the managers (mail), so it is told once. */
    public Instant overdueNoticedAt;
    @Version
    public int version;

    /**
     * What an action does to the fields and state, done by {@code by} (a person, or null) known as
     * {@code name}, with its text, at {@code at}; whether it is allowed was checked before. The
     * service and the demo data both change escalations through here.
     */
    public void apply(EscalationAction action, Person by, String name, String text, Instant at) {
        switch (action) {
            case ACKNOWLEDGE -> {
                own(by, name);
                acknowledged(at);
            }
            case RESPOND, RESOLVE, HAND_BACK -> {
                if (ownerName == null) {
                    own(by, name);
                }
                acknowledged(at);
                if (answeredAt == null) {
                    answeredAt = at;
                }
                answer = text;
                answeredBy = name;
                if (action != EscalationAction.RESPOND) {
                    resolvedAt = at;
                }
            }
            case ESCALATE -> {
                tier++;
                own(null, null);
            }
            case REOPEN -> {
                reopenedAt = at;
                resolvedAt = null;
                closedAt = null;
                own(null, null);
            }
            case CLOSE -> closedAt = at;
            case COMMENT -> {
                // a timeline step only
            }
        }
        state = action.after(state);
    }

    private void own(Person person, String name) {
        owner = person;
        ownerName = name;
    }

    private void acknowledged(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    public static Optional<Escalation> findWithWard(long id) {
        return find("select e from Escalation e join fetch e.ward w join fetch w.csu where e.id = ?1", id)
                .firstResultOptional();
    }

    /** A ward's escalations not yet closed, oldest first. */
    public static List<Escalation> notClosed(Ward ward) {
        return list("select e from Escalation e join fetch e.ward w join fetch w.csu where e.ward = ?1"
                + " and e.state <> ?2 order by e.raisedAt, e.id", ward, EscalationState.CLOSED);
    }

    /** A ward's closed escalations answered since {@code since}: those it may still reopen. Latest answer first. */
    public static List<Escalation> closedSince(Ward ward, Instant since) {
        return list("select e from Escalation e join fetch e.ward w join fetch w.csu where e.ward = ?1"
                + " and e.state = ?2 and e.resolvedAt >= ?3 order by e.resolvedAt desc, e.id", ward,
                EscalationState.CLOSED, since);
    }
}
