package org.huddleboard.access;

import java.util.Locale;

/** Who may see and change what; see {@link Viewer} for the scope each role has. */
public enum Role {
    /** A paired wall screen: reads one ward's board. */
    DISPLAY,
    /** A paired ward tablet: changes one ward's board. */
    WARD,
    /** A ward leader: as ward, for their wards, and pairs devices for them. */
    LEAD,
    /** A CSU manager: sees every ward of their CSUs. */
    MANAGER,
    /** Trust level: sees everything. */
    EXECUTIVE,
    /** Sets up CSUs, wards, measures, people and devices. */
    ADMIN;

    /** Role names for security annotations. */
    public static final String LEAD_ROLE = "lead";
    public static final String ADMIN_ROLE = "admin";

    /** The role name used in security annotations, e.g. {@code lead}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDevice() {
        return this == DISPLAY || this == WARD;
    }
}
