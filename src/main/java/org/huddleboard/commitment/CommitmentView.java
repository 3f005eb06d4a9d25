package org.huddleboard.commitment;

/** A commitment as the API and the page show it. */
public record CommitmentView(String code, String title, String description, String periodLabel, int sortOrder,
        boolean retired, int version) {

    static CommitmentView of(Commitment c) {
        return new CommitmentView(c.code, c.title, c.description, c.periodLabel, c.sortOrder, c.retiredAt != null,
                c.version);
    }
}
