package org.huddleboard.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One of the trust's annual commitments, which wards' measures will later be linked to (issue 13). */
@Entity
public class Commitment extends PanacheEntity {

    /** Unique for ever: a retired commitment keeps its code. */
    public String code;
    public String title;
    public String description;
    /** The year it is for, as the trust writes it: "2026/27". */
    public String periodLabel;
    public int sortOrder;
    /** Kept with its history but off every list. */
    public Instant retiredAt;
    /** Checked against what the editor loaded; raised by one per change. */
    @Version
    public int version;

    /** Any commitment with this code, retired ones included. */
    public static Optional<Commitment> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The ones in force, in the trust's order. */
    public static List<Commitment> listCurrent() {
        return list("retiredAt is null order by sortOrder, code");
    }
}
