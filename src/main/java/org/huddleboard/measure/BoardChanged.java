package org.huddleboard.measure;

/**
 * Fired inside the transaction that changed a ward's board; delivered to live screens only
 * after commit. {@code kind} names what changed ({@code measure-entry}, ...) and
 * {@code change} carries its new state.
 */
public record BoardChanged(String ward, long version, String kind, Object change) {
}
