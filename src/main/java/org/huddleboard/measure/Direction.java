package org.huddleboard.measure;

public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
