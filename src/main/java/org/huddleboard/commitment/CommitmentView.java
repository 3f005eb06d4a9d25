package org.huddleboard.commitment;

import org.huddleboard.measure.WardMeasure;

/** A commitment as the API and the page show it, with how many wards' measures serve it. */
public record CommitmentView(String code, String title, String description, String periodLabel, int sortOrder,
        boolean retired, int version, long wardMeasures) {

    static CommitmentView of(Commitment c) {
        long serving = c.id == null ? 0 : WardMeasure.count(
                "commitment = ?1 and removedAt is null and ward.retiredAt is null and measure.retiredAt is null", c);
        return new CommitmentView(c.code, c.title, c.description, c.periodLabel, c.sortOrder, c.retiredAt != null,
                c.version, serving);
    }
}
