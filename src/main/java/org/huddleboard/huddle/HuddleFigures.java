package org.huddleboard.huddle;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How regularly wards huddled over the last 30 or 90 complete trust days, per ward and CSU of
 * the caller's scope and for the whole of it: the share of days with a huddle (Leeds reported 91%
 * of wards huddling daily), the median length and the median attendance.
 */
@Schema(description = "Huddle figures for one range of complete trust days, per CSU and per ward")
public record HuddleFigures(
        @Schema(description = "30 or 90: the number of complete trust days counted") int days,
        @Schema(description = "First day counted (trust time)") LocalDate from,
        @Schema(description = "Last day counted: yesterday in trust time, since today is not over") LocalDate to,
        @Schema(description = "The caller's whole scope: the trust for an executive or admin, a manager's CSUs, a"
                + " lead's wards (its name says which)") Row trust,
        List<Row> csus,
        List<Row> wards) {

    /** One ward, one CSU (its wards in the caller's scope, added up) or the whole scope. */
    public record Row(
            @Schema(description = "Ward or CSU code; null for the whole scope") String code,
            String name,
            @Schema(description = "For a ward, its CSU's code") String csu,
            @Schema(description = "Ward-days counted: the range's days, times the number of wards for a CSU or the"
                    + " scope") int days,
            @Schema(description = "Ward-days on which at least one huddle started") int daysHeld,
            @Schema(description = "daysHeld / days in whole per cent") int sharePercent,
            @Schema(description = "Huddles started in the range (a day may have more than one)") int huddles,
            @Schema(description = "Median length in minutes (one decimal) of the huddles ended on the tablet;"
                    + " those ended automatically are left out; null when there are none") Double medianMinutes,
            @Schema(description = "Median number of people present (one decimal), over every huddle; null when there"
                    + " are none") Double medianAttendance) {
    }
}
