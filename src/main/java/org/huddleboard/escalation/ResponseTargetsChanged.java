package org.huddleboard.escalation;

/** The stored targets of one severity as committed: {@link ResponseTargets} takes them after commit. */
record ResponseTargetsChanged(Severity severity, ResponseTargets.Stored stored) {
}
