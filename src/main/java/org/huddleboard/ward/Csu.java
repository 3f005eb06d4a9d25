package org.huddleboard.ward;

import java.util.List;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A clinical service unit: the tier between the trust and its wards. */
@Entity
public class Csu extends PanacheEntity {

    public String code;
    public String name;

    public static List<Csu> listByName() {
        return list("order by name");
    }
}
