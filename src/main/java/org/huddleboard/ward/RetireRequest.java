package org.huddleboard.ward;

/** Retire something: the version you loaded (a CSU's version, a ward's settingsVersion). */
public record RetireRequest(Integer version) {
}
