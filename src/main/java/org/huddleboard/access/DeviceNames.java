package org.huddleboard.access;

import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.PublicText;

final class DeviceNames {

    static final int MAX = 80;

    private DeviceNames() {
    }

    static String check(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw ApiProblem.invalid("name", "is required, e.g. 'Ward 12 corridor screen'");
        }
        if (trimmed.length() > MAX) {
            throw ApiProblem.invalid("name", "must be at most " + MAX + " characters");
        }
        return PublicText.check("name", trimmed);
    }
}
