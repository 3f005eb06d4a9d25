package org.huddleboard.retry;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The answer given to a write sent with an Idempotency-Key, saved with the change it made. */
@Entity
public class IdempotentRequest extends PanacheEntity {

    /** Longest answer body kept; a longer one is replayed as its status and headers alone. */
    static final int MAX_BODY = 16000;

    /** "DEVICE:12" or "PERSON:3": keys are the caller's own, never shared. */
    public String caller;
    @Column(name = "request_key")
    public String key;
    public String method;
    public String path;
    public Instant createdAt;
    public int status;
    public String location;
    public String boardVersion;
    public String body;

    public static Optional<IdempotentRequest> find(String caller, String key) {
        return find("caller = ?1 and key = ?2", caller, key).firstResultOptional();
    }

    public static long deleteBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
