package org.huddleboard.ward;

/** Create a CSU (code and name) or rename one (name and the version you loaded). */
public record CsuRequest(String code, String name, Integer version) {
}
