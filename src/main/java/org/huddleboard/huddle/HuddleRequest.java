package org.huddleboard.huddle;

import java.util.List;

/**
 * Starting a huddle, or correcting it while it runs (people arrive late, notes are added).
 * {@code facilitator} is a short name; {@code roles} the {@link HuddleRole}s present;
 * {@code version} is needed only to change a huddle already started.
 */
public record HuddleRequest(String facilitator, Integer attendance, List<String> roles, String notes,
        Integer version) {
}
