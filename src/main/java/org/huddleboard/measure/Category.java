package org.huddleboard.measure;

/** The categories a board groups its measures by, in the order they are shown. */
public enum Category {
    SAFETY("Safety"),
    QUALITY("Quality"),
    EXPERIENCE("Experience"),
    DELIVERY("Delivery"),
    COST("Cost"),
    PEOPLE("People");

    public final String label;

    Category(String label) {
        this.label = label;
    }
}
