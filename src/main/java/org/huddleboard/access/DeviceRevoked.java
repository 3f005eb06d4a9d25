package org.huddleboard.access;

/** Fired when a device is revoked; its live connections are closed once the revocation commits. */
public record DeviceRevoked(long deviceId) {
}
