package org.huddleboard.access;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A screen or tablet on /pair, showing {@code code} until a lead pairs it. */
@Entity
public class PairingRequest extends PanacheEntity {

    public String code;
    /** Hash of the token in the waiting device's pairing cookie: only that device may collect the pairing. */
    public String claimHash;
    /** The address it was asked for from (see {@link ClientAddress}), for the per-source limit. */
    public String source;
    public Instant createdAt;
    public Instant expiresAt;
    @ManyToOne
    public Device device;

    public static Optional<PairingRequest> findByClaim(String claimToken, Instant now) {
        return find("claimHash = ?1 and expiresAt > ?2", Tokens.hash(claimToken), now).firstResultOptional();
    }

    public static Optional<PairingRequest> findWaiting(String code, Instant now) {
        return find("code = ?1 and expiresAt > ?2 and device is null", code, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
