package org.huddleboard.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Someone who signs in: a lead, manager, executive or admin. */
@Entity
public class Person extends PanacheEntity {

    public String username;
    public String displayName;
    /** bcrypt, in modular crypt format; null once the person's data was erased. */
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean active;
    public Instant createdAt;
    /** Where escalation mail goes (managers, executives); optional. */
    public String email;
    /** When their name and sign-in details were erased (they had left); null for everyone else. */
    public Instant erasedAt;

    /** For a lead: the wards they lead. */
    @ManyToMany
    @JoinTable(name = "person_ward", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "ward_id"))
    public Set<Ward> wards = new HashSet<>();

    /** For a manager: the CSUs they manage. */
    @ManyToMany
    @JoinTable(name = "person_csu", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "csu_id"))
    public Set<Csu> csus = new HashSet<>();

    public static Optional<Person> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Person> listByUsername() {
        return list("order by username");
    }
}
