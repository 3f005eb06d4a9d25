package org.huddleboard.spc;

/**
 * One segment's centre line and limits: mean ± 2.66 × mean moving range, and the "near" lines at
 * two thirds of that distance (2 sigma), which the 2-of-3 rule uses.
 */
public record Limits(double mean, double meanMovingRange, double lower, double upper, double lowerNear,
        double upperNear) {

    static final double SCALE = 2.66;

    static Limits of(double mean, double meanMovingRange) {
        double far = SCALE * meanMovingRange;
        double near = far * 2 / 3;
        return new Limits(mean, meanMovingRange, mean - far, mean + far, mean - near, mean + near);
    }
}
