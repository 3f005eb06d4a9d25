package org.huddleboard.spc;

import org.huddleboard.measure.Direction;

/** Which way is improvement: it turns a special cause into "improvement" or "concern". */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Neither way is better: a special cause is only "unusual", high or low. */
    NEUTRAL;

    public static Polarity of(Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** +1 when a high point is good, -1 when a low point is, 0 when neither. */
    int sign() {
        return this == HIGHER_IS_BETTER ? 1 : this == LOWER_IS_BETTER ? -1 : 0;
    }
}
