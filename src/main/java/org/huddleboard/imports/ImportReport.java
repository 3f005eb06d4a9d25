package org.huddleboard.imports;

import java.util.List;

/**
 * A dry run's findings. {@code token} names the file checked: applying sends it back, so what is
 * applied is the very file that was checked (and checked again, against the data as it is then).
 */
public record ImportReport(String kind, String fileName, String token, int rows, int create, int change,
        int unchanged, int rejected, List<RowReport> lines) {

    static ImportReport of(ImportKind kind, String fileName, String token, List<RowReport> lines) {
        int[] counts = new int[Outcome.values().length];
        lines.forEach(l -> counts[l.outcome().ordinal()]++);
        return new ImportReport(kind.code(), fileName, token, lines.size(), counts[0], counts[1], counts[2],
                counts[3], lines);
    }

    /** "48,990 to create, 1,000 to change, 0 unchanged, 10 rejected". */
    public String summary() {
        return String.format("%,d to create, %,d to change, %,d unchanged, %,d rejected", create, change, unchanged,
                rejected);
    }

    /** The counts alone, for a job to keep without holding every row's line in memory. */
    ImportReport counts() {
        return new ImportReport(kind, fileName, token, rows, create, change, unchanged, rejected, List.of());
    }

    /** "48,990 created, 1,000 changed, 10 unchanged": what an apply did. */
    public String doneSummary() {
        return String.format("%,d created, %,d changed, %,d unchanged", create, change, unchanged);
    }

    public boolean applicable() {
        return rejected == 0 && create + change > 0;
    }
}
