package org.huddleboard.cluster;

/** A notification from a node (this one or another) on one of the {@link Cluster} channels; fired on the listener's thread. */
public record ClusterNotice(String channel, String payload) {
}
