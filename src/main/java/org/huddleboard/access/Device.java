package org.huddleboard.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A paired wall screen or ward tablet. Its cookie holds a token; the database only its hash. */
@Entity
public class Device extends PanacheEntity {

    public String name;
    @ManyToOne(optional = false)
    public Ward ward;
    @Enumerated(EnumType.STRING)
    public Role role;
    /** Null once revoked, or while the pairing has not yet been collected by the device. */
    public String tokenHash;
    public Instant pairedAt;
    public String pairedBy;
    public Instant lastSeenAt;
    public Instant revokedAt;

    public static Optional<Device> findActive(String token) {
        return find("tokenHash = ?1 and revokedAt is null", Tokens.hash(token)).firstResultOptional();
    }

    public static List<Device> listActive() {
        return list("revokedAt is null order by ward.code, name");
    }
}
