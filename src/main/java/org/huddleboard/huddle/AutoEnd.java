package org.huddleboard.huddle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/**
 * A huddle nobody ended (the tablet went back on its charger) would run for ever and spoil
 * the ward's figures: every minute, huddles open longer than {@code huddle.huddles.auto-end-after}
 * are ended, marked as ended automatically.
 */
@ApplicationScoped
public class AutoEnd {

    @Inject
    HuddleService huddles;

    @Scheduled(identity = "huddles-auto-end", every = "${huddle.huddles.auto-end-check}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        huddles.endForgotten();
    }
}
