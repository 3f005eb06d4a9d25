package org.huddleboard.imports;

/**
 * An import's progress as the API answers it: {@code state} waiting, checking, writing, done, refused
 * or failed; {@code done} of {@code total} rows written; {@code result} the counts once done;
 * {@code error} why it was refused or failed (nothing was changed then).
 */
public record ImportJobView(String id, String kind, String fileName, String state, String words, int done, int total,
        int percent, boolean finished, String result, String error) {
}
