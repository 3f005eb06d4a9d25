package org.huddleboard.retry;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Idempotency keys are kept a week: far longer than a tablet stays offline with changes waiting. */
@ApplicationScoped
public class OldKeys {

    static final Duration KEPT = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(OldKeys.class);

    @Inject
    TrustClock clock;

    @Scheduled(identity = "idempotency-keys-cleanup", every = "1h", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteOld() {
        long deleted = IdempotentRequest.deleteBefore(clock.now().minus(KEPT));
        if (deleted > 0) {
            LOG.debugf("Deleted %d idempotency keys older than %s", deleted, KEPT);
        }
    }
}
