package org.huddleboard.huddle;

/** An action agreed at a huddle: open until done, or dropped when no longer needed. */
public enum ActionState {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    public final String label;

    ActionState(String label) {
        this.label = label;
    }
}
