package org.huddleboard.spc;

import java.time.LocalDate;

/**
 * The points from one rebase to the next, {@code from} inclusive to {@code to} exclusive, with
 * their own limits: null with fewer than 2 points, provisional with fewer than 13.
 */
public record Segment(LocalDate start, int from, int to, Limits limits, boolean provisional) {

    public static final int FIRM_POINTS = 13;

    public int size() {
        return to - from;
    }
}
