package org.huddleboard.measure;

import java.util.List;

/** What a library change would do to each ward that has the measure on its board, before it is saved. */
public record LibraryPreview(String measure, List<Ward> wards) {

    /** {@code effect}: in words, e.g. "uses the library's target: its status may change". */
    public record Ward(String code, String name, boolean ownTarget, String effect) {
    }
}
