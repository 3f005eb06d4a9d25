package org.huddleboard.ward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;

/**
 * What the figure pages share (escalation and huddle figures): the ranges they count over, and
 * whose wards a leader's figures cover.
 */
public final class FigureRanges {

    /** The ranges, in days, the figures are counted over; the first is the default. */
    public static final List<Integer> WINDOWS = List.of(30, 90);

    private FigureRanges() {
    }

    /** The {@code days} query parameter: 30 (also when absent) or 90; anything else is a 400 naming it. */
    public static int days(String text) {
        if (text == null || text.isBlank()) {
            return WINDOWS.get(0);
        }
        String t = text.strip();
        for (int w : WINDOWS) {
            if (t.equals(String.valueOf(w))) {
                return w;
            }
        }
        throw ApiProblem.invalid("days", "must be 30 or 90");
    }

    /**
     * The wards a leader's figures cover, by CSU name then ward code: what they may read. Devices
     * and other roles are refused; {@code what} names the figures ("Huddle figures").
     */
    public static List<Ward> scope(Viewer viewer, String what) {
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden(what + " are for leaders, not ward tablets or wall screens");
        }
        switch (viewer.role()) {
            case MANAGER, LEAD, EXECUTIVE, ADMIN -> {
                // scoped below, by what the viewer may read
            }
            default -> throw ApiProblem.forbidden("You may not see " + what.toLowerCase());
        }
        List<Ward> wards = new ArrayList<>(Ward.listLiveWithCsu().stream().filter(viewer::canRead).toList());
        wards.sort(Comparator.comparing((Ward w) -> w.csu.name).thenComparing(w -> w.code));
        return wards;
    }
}
