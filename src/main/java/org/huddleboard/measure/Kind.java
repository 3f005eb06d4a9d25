package org.huddleboard.measure;

/** What sort of value a measure takes; decides what input is valid and how it is shown. */
public enum Kind {
    COUNT,
    PERCENTAGE,
    NUMBER,
    YES_NO
}
