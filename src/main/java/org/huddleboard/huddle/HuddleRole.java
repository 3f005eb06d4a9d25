package org.huddleboard.huddle;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who was at the huddle, by role: recorded as present or not, never by name. */
public enum HuddleRole {
    NURSE_IN_CHARGE("Nurse in charge"),
    NURSE("Nurses"),
    HCA("Healthcare assistants"),
    DOCTOR("Doctors"),
    THERAPIST("Therapists"),
    PHARMACIST("Pharmacist"),
    WARD_CLERK("Ward clerk"),
    MATRON("Matron"),
    STUDENT("Students"),
    OTHER("Others");

    public final String label;

    HuddleRole(String label) {
        this.label = label;
    }

    static String store(Set<HuddleRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static List<HuddleRole> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(HuddleRole::valueOf).sorted().toList();
    }
}
