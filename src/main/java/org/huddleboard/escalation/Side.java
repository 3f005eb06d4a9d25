package org.huddleboard.escalation;

/**
 * Which side of an escalation a viewer is on, which decides what they may do with it
 * ({@link EscalationAction#allowed}).
 */
public enum Side {
    /** The ward that raised it: its tablets and its leads. */
    WARD,
    /** The tier it is with now: the CSU's managers at tier 2, the executives at tier 3. */
    RECEIVING_TIER,
    /** Leaders who see it but do not hold it: a CSU manager once it is at tier 3, an executive at tier 2. */
    ONLOOKER,
    /** May read it only: the ward's wall screen, and admins. */
    READER
}
