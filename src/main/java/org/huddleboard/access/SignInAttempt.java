package org.huddleboard.access;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One sign-in attempt, counted by {@link SignInThrottle} against its typed username and source address. */
@Entity
public class SignInAttempt extends PanacheEntity {

    public String username;
    public String source;
    public Instant attemptedAt;

    /** This pair's attempts since {@code since}, oldest first. */
    static List<Seen> since(String username, String source, Instant since) {
        return find("username = ?1 and source = ?2 and attemptedAt > ?3 order by attemptedAt, id", username, source,
                since).project(Seen.class).list();
    }

    record Seen(long id, Instant attemptedAt) {
    }
}
