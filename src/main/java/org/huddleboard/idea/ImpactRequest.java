package org.huddleboard.idea;

/** A quality impact check: each part of quality with its expected effect and a sentence saying why. */
public record ImpactRequest(Integer version, Part safety, Part effectiveness, Part experience, String checkedBy) {

    public record Part(Effect effect, String note) {
    }
}
