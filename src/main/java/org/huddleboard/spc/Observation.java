package org.huddleboard.spc;

import java.time.LocalDate;

/** One day's value of a measure. */
public record Observation(LocalDate date, double value) {
}
