package org.huddleboard.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file holds, and the columns its header row may name (the required ones first). */
public enum ImportKind {
    HISTORY("measure history", List.of("ward", "measure", "date", "value"), List.of("note", "presentOnAdmission")),
    PEOPLE("people", List.of("username", "displayName", "role"), List.of("email", "wards", "csus")),
    WARDS("wards", List.of("code", "name", "csu"), List.of("csuName", "huddleTime", "huddleMinutes"));

    public final String label;
    public final List<String> required;
    public final List<String> optional;

    ImportKind(String label, List<String> required, List<String> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> of(String code) {
        for (ImportKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
