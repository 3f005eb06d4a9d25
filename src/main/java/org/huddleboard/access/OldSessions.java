package org.huddleboard.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Sessions past their end are of no use to anyone and say when a person was signed in: they go
 * within the hour. Sign-ins themselves stay in the audit trail.
 */
@ApplicationScoped
public class OldSessions {

    private static final Logger LOG = Logger.getLogger(OldSessions.class);

    @Inject
    TrustClock clock;

    @Scheduled(identity = "expired-sessions-cleanup", every = "1h", delayed = "90s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long deleted = deleteExpired();
        if (deleted > 0) {
            LOG.debugf("Deleted %d expired sessions", deleted);
        }
    }

    @Transactional
    public long deleteExpired() {
        return UserSession.delete("expiresAt <= ?1", clock.now());
    }
}
