package org.huddleboard.access;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person's signed-in session; the cookie holds the token, the database only its hash. */
@Entity
public class UserSession extends PanacheEntity {

    @ManyToOne(optional = false)
    public Person person;
    public String tokenHash;
    public Instant createdAt;
    public Instant expiresAt;

    public static Optional<UserSession> findLive(String token, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", Tokens.hash(token), now).firstResultOptional();
    }
}
