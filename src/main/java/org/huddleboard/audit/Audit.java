package org.huddleboard.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records who did what to which ward, with the values before and after. Runs inside the
 * caller's transaction, so a change and its audit line commit (or roll back) together.
 */
@ApplicationScoped
public class Audit {

    private static final Logger LOG = Logger.getLogger(Audit.class);
    /** The before and after columns' width: room for a whole idea card with every field at its longest. */
    static final int MAX_VALUE = 16000;

    @Inject
    TrustClock clock;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Viewer actor, String typedName, String ward, String action, String subject, Object before,
            Object after) {
        write(actor.kind().name(), actor.name(), typedName, ward, action, subject, before, after);
    }

    /** For what the server does by itself, such as ending a huddle left open; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String ward, String action, String subject, Object before, Object after) {
        write("SYSTEM", "Huddle Board", null, ward, action, subject, before, after);
    }

    /** For events with no signed-in actor yet, such as a failed sign-in; commits on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAnonymous(String claimedName, String action, String subject) {
        write("ANONYMOUS", claimedName, null, null, action, subject, null, null);
    }

    private void write(String kind, String name, String typedName, String ward, String action, String subject,
            Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = clock.now();
        e.actorKind = kind;
        e.actorName = truncate(name, 120);
        e.typedName = typedName;
        e.wardCode = ward;
        e.action = action;
        e.subject = truncate(subject, 200);
        e.beforeValue = encode(before);
        e.afterValue = encode(after);
        e.persist();
    }

    private String encode(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return truncate(value instanceof String s ? s : json.writeValueAsString(value), MAX_VALUE);
        } catch (JsonProcessingException e) {
            LOG.warn("Could not encode an audit value", e);
            return String.valueOf(value);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
