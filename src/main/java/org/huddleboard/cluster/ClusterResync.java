package org.huddleboard.cluster;

/**
 * Fired when notifications may have been missed: on (re)connecting to the database, and every few
 * seconds as a check. Whoever relays notifications catches up from the database.
 */
public record ClusterResync(boolean reconnected) {
}
