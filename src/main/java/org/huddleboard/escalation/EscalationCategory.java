package org.huddleboard.escalation;

/** What an escalation is about; the usual categories of tiered huddles. */
public enum EscalationCategory {
    STAFFING("Staffing"),
    EQUIPMENT("Equipment"),
    ESTATES("Estates"),
    BEDS_AND_FLOW("Beds and flow"),
    IT("IT"),
    SUPPLIES("Supplies"),
    SAFETY("Safety"),
    OTHER("Other");

    public final String label;

    EscalationCategory(String label) {
        this.label = label;
    }
}
