package org.huddleboard.imports;

import java.time.Instant;

/**
 * An apply running, or run: its state, rows written of the rows to write, and its result. Written by
 * the import's thread, read by whoever polls it.
 */
public final class ImportJob {

    public enum State {
        /** Waiting for an import before it to finish (imports run one at a time). */
        WAITING,
        /** Reading the file again and checking it against the data as it is now. */
        CHECKING,
        WRITING,
        DONE,
        /** The file no longer passes its checks (the data changed since the dry run): nothing was changed. */
        REFUSED,
        /** Something broke while writing: the transaction rolled back, nothing was changed. */
        FAILED
    }

    final String id;
    final ImportKind kind;
    final String fileName;
    final long startedBy;
    final Instant startedAt;
    volatile State state = State.WAITING;
    volatile int done;
    volatile int total;
    volatile ImportReport result;
    volatile String error;
    volatile Instant finishedAt;

    ImportJob(String id, ImportKind kind, String fileName, long startedBy, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    Progress progress() {
        return new Progress() {
            @Override
            public void total(int rows) {
                total = rows;
            }

            @Override
            public void done(int rows) {
                done = rows;
            }
        };
    }

    public ImportJobView view() {
        boolean finished = state == State.DONE || state == State.REFUSED || state == State.FAILED;
        int percent = total == 0 ? (state == State.DONE ? 100 : 0) : (int) (100L * done / total);
        return new ImportJobView(id, kind.code(), fileName, state.name().toLowerCase(java.util.Locale.ROOT),
                words(), done, total, percent, finished, result == null ? null : result.doneSummary(), error);
    }

    /** What the page says under the bar. */
    String words() {
        return switch (state) {
            case WAITING -> "Waiting for another import to finish";
            case CHECKING -> "Checking the file against the data as it is now";
            case WRITING -> String.format("Writing: %,d of %,d rows", done, total);
            case DONE -> String.format("Done: %,d rows written", done);
            case REFUSED -> "Refused; nothing was changed";
            case FAILED -> "Failed; nothing was changed";
        };
    }
}
