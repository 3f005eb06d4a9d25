package org.huddleboard.commitment;

/** A commitment to create or change; on change, {@code version} is the one the editor loaded. */
public record CommitmentRequest(String code, String title, String description, String periodLabel,
        Integer sortOrder, Integer version) {
}
