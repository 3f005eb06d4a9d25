package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A dated plan-do-study-act note on a card being tested. */
@Entity
public class PdsaNote extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Idea idea;
    @Enumerated(EnumType.STRING)
    public PdsaStage stage;
    public LocalDate notedOn;
    public String note;
    public String writtenBy;
    public Instant createdAt;

    public static List<PdsaNote> listFor(Idea idea) {
        return list("idea = ?1 order by notedOn, id", idea);
    }
}
