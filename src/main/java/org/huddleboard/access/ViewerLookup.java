package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.TrustClock;

@ApplicationScoped
@Transactional
public class ViewerLookup {

    /** How often "last seen" is written for a device, so every request is not a database write. */
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    @Inject
    TrustClock clock;

    /** A signed-in person wins over the device they use; with neither valid, null. */
    public Viewer find(String sessionToken, String deviceToken) {
        Instant now = clock.now();
        if (sessionToken != null) {
            var session = UserSession.findLive(sessionToken, now).filter(s -> s.person.active);
            if (session.isPresent()) {
                return ofPerson(session.get().person, session.get());
            }
        }
        if (deviceToken != null) {
            var device = Device.findActive(deviceToken);
            if (device.isPresent()) {
                Device d = device.get();
                if (d.lastSeenAt == null || d.lastSeenAt.isBefore(now.minus(SEEN_EVERY))) {
                    d.lastSeenAt = now;
                }
                return ofDevice(d);
            }
        }
        return null;
    }

    /**
     * The viewer as they are now: their current role and scope, or empty once their session has
     * ended or the device was revoked. For a live board that outlives the request it opened with.
     */
    public Optional<Viewer> current(Viewer viewer) {
        if (viewer.isDevice()) {
            return Device.<Device> findByIdOptional(viewer.id())
                    .filter(d -> d.revokedAt == null && d.tokenHash != null).map(ViewerLookup::ofDevice);
        }
        if (viewer.sessionId() == null) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return UserSession.<UserSession> findByIdOptional(viewer.sessionId())
                .filter(s -> s.expiresAt.isAfter(now) && s.person.active && s.person.id == viewer.id())
                .map(s -> ofPerson(s.person, s));
    }

    /** A person without a session: for the audit trail of what they did while signing in. */
    static Viewer ofPerson(Person p) {
        return person(p, null, null);
    }

    static Viewer ofPerson(Person p, UserSession session) {
        return person(p, session.id, session.expiresAt);
    }

    private static Viewer person(Person p, Long sessionId, Instant expiresAt) {
        Set<String> wards = p.wards.stream().map(w -> w.code).collect(Collectors.toUnmodifiableSet());
        Set<String> csus = p.csus.stream().map(c -> c.code).collect(Collectors.toUnmodifiableSet());
        return new Viewer(Viewer.Kind.PERSON, p.id, p.username, p.role, wards, csus, sessionId, expiresAt);
    }

    static Viewer ofDevice(Device d) {
        return new Viewer(Viewer.Kind.DEVICE, d.id, d.name, d.role, Set.of(d.ward.code), Set.of(), null, null);
    }
}
