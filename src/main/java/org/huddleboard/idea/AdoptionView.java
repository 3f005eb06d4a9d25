package org.huddleboard.idea;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A card adopted from an offered one, on another ward, and how far it has got: its column and
 * when it moved there. {@code adoptedOn} is the day it was adopted (its raised-on day).
 */
public record AdoptionView(long id, String ward, String wardName, String title, IdeaColumn column, Instant movedAt,
        LocalDate adoptedOn) {

    static AdoptionView of(Idea i) {
        return new AdoptionView(i.id, i.ward.code, i.ward.name, i.title, i.column, i.movedAt, i.raisedOn);
    }
}
