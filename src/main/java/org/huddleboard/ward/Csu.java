package org.huddleboard.ward;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A clinical service unit: the tier between the trust and its wards. */
@Entity
public class Csu extends PanacheEntity {

    public String code;
    public String name;
    /** When it was retired: kept for history, offered for no new ward. */
    public Instant retiredAt;
    /** Increases with every edit, so an edit made on a stale copy is refused. */
    public int version;

    public static List<Csu> listByName() {
        return list("order by name");
    }
}
