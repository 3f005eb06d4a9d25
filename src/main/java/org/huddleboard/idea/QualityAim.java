package org.huddleboard.idea;

/** The part of quality an idea aims at. Ideas that remove waste or cost need a quality impact check. */
public enum QualityAim {
    OUTCOMES("Outcomes"),
    APPROPRIATE_CARE("Appropriate care"),
    PATIENT_EXPERIENCE("Patient experience"),
    WASTE_OR_COST("Removing waste or cost");

    public final String label;

    QualityAim(String label) {
        this.label = label;
    }

    public boolean needsImpactCheck() {
        return this == WASTE_OR_COST;
    }
}
