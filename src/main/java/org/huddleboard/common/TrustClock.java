package org.huddleboard.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The trust's idea of "now" and "today". Boards change day at the trust's local midnight,
 * not the server's or UTC's, so every date decision goes through here.
 */
@ApplicationScoped
public class TrustClock {

    private final ZoneId zone;
    private volatile Clock clock;

    public TrustClock(@ConfigProperty(name = "huddle.trust.zone") ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(now());
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** For tests that need to stand at a given moment, such as a clock-change night. */
    public void setClock(Clock clock) {
        this.clock = clock == null ? Clock.system(zone) : clock;
    }
}
