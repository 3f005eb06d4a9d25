package org.huddleboard.huddle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A huddle as the API and the screens show it. {@code durationMinutes} is null while it is in
 * progress; {@code changes} are what the ward changed on its board while it ran.
 */
public record HuddleView(long id, String ward, LocalDate date, Instant startedAt, Instant endedAt, boolean inProgress,
        boolean autoEnded, Double durationMinutes, int targetMinutes, String facilitator, int attendance,
        List<HuddleRole> roles, String notes, List<HuddleActivity.Count> changes, int version) {

    static HuddleView of(Huddle h, List<HuddleActivity.Count> changes) {
        return new HuddleView(h.id, h.ward.code, h.date, h.startedAt, h.endedAt, h.inProgress(), h.autoEnded,
                h.endedAt == null ? null : minutes(h.startedAt, h.endedAt), h.targetMinutes, h.facilitator,
                h.attendance, HuddleRole.read(h.roles), h.notes, changes, h.version);
    }

    /** Minutes to one decimal: 10.5 for ten and a half minutes. */
    static double minutes(Instant from, Instant to) {
        return Math.round(Duration.between(from, to).toMillis() / 6000.0) / 10.0;
    }

    /** "Nurse in charge, Doctors": the roles present in words. */
    public String rolesText() {
        return String.join(", ", roles.stream().map(r -> r.label).toList());
    }
}
