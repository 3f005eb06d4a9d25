package org.huddleboard.access;

import java.time.Instant;

public record DeviceView(long id, String name, String ward, String role, Instant pairedAt, String pairedBy,
        Instant lastSeenAt, Instant revokedAt) {

    static DeviceView of(Device d) {
        return new DeviceView(d.id, d.name, d.ward.code, d.role.roleName(), d.pairedAt, d.pairedBy, d.lastSeenAt,
                d.revokedAt);
    }
}
