package org.huddleboard.idea;

/** The expected effect of a change on one part of quality, in a quality impact check. */
public enum Effect {
    NONE,
    POSITIVE,
    NEGATIVE
}
