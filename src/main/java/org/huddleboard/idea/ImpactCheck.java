package org.huddleboard.idea;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A quality impact check: the effect of a waste- or cost-cutting idea on safety, effectiveness
 * and experience, each with a sentence. A negative effect needs a ward lead's sign-off before the
 * card may leave New.
 */
@Embeddable
public class ImpactCheck {

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_safety")
    public Effect safety;
    @Column(name = "impact_safety_note")
    public String safetyNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_effectiveness")
    public Effect effectiveness;
    @Column(name = "impact_effectiveness_note")
    public String effectivenessNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_experience")
    public Effect experience;
    @Column(name = "impact_experience_note")
    public String experienceNote;
    @Column(name = "impact_checked_by")
    public String checkedBy;
    @Column(name = "impact_checked_at")
    public Instant checkedAt;
    @Column(name = "impact_signed_off_by")
    public String signedOffBy;
    @Column(name = "impact_signed_off_at")
    public Instant signedOffAt;

    public boolean recorded() {
        return checkedAt != null && safety != null && effectiveness != null && experience != null;
    }

    public boolean anyNegative() {
        return safety == Effect.NEGATIVE || effectiveness == Effect.NEGATIVE || experience == Effect.NEGATIVE;
    }

    /** Recorded, and signed off by a lead if any effect is negative. */
    public boolean cleared() {
        return recorded() && (!anyNegative() || signedOffAt != null);
    }
}
