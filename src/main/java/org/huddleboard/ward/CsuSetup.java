package org.huddleboard.ward;

import java.util.List;

/** A CSU as the setup screens and /api/csus show it: its live wards by code, and whether it is retired. */
public record CsuSetup(String code, String name, int version, boolean retired, List<String> wards) {
}
