package org.huddleboard.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response figures of the escalations raised in one window (the last 30 or 90 days, trust
 * time), per CSU and per ward of the caller's scope, and for the whole scope.
 */
@Schema(description = "Escalation figures for one window, per CSU and per ward")
public record Figures(
        @Schema(description = "30 or 90") int days,
        @Schema(description = "First day of the window (trust time); the window runs from its midnight to now")
        LocalDate from,
        @Schema(description = "The moment the figures were computed") Instant until,
        @Schema(description = "How medians and 90th percentiles are taken") String percentiles,
        @Schema(description = "The caller's whole scope") Unit total,
        List<Unit> csus,
        List<Unit> wards) {

    public static final String PERCENTILES = "Nearest rank: the p-th percentile of n times, sorted from fastest, is "
            + "the time at rank ceil(p/100 x n); the median is the 50th percentile, so it is always the time of a real "
            + "escalation (the lower middle one when n is even). Escalations not yet acknowledged or resolved have no "
            + "time yet: they are left out of those figures and counted as still waiting.";

    /** One CSU, one ward or the whole scope. */
    public record Unit(
            @Schema(description = "CSU or ward code; null for the total") String code,
            String name,
            @Schema(description = "For a ward, its CSU's code") String csu,
            @Schema(description = "Escalations raised in the window") int raised,
            @Schema(description = "Raised to first acknowledgement (or first answer, which acknowledges)")
            Times acknowledge,
            @Schema(description = "Raised to resolution or hand-back (the latest one after a reopening), "
                    + "closed ones included") Times resolve,
            @Schema(description = "Whether every response target of its severity was met") OnTarget withinTarget,
            @Schema(description = "Escalations raised, by category (every category, zeros included)")
            Map<EscalationCategory, Integer> byCategory) {
    }

    /** Times from raising, in seconds, over the escalations that have one. */
    public record Times(
            @Schema(description = "Escalations with this time") int count,
            @Schema(description = "Raised in the window and not yet acknowledged or resolved: no time yet")
            int stillWaiting,
            @Schema(description = "Median (nearest rank) in seconds; null when count is 0") Long medianSeconds,
            @Schema(description = "90th percentile (nearest rank) in seconds; null when count is 0")
            Long p90Seconds) {
    }

    /** How many met their targets; those with a target still running are undecided and left out of the share. */
    public record OnTarget(
            int within,
            int late,
            @Schema(description = "A target still running: not counted in the share") int undecided,
            @Schema(description = "within / (within + late) in whole per cent; null when none is decided")
            Integer percentWithin) {
    }
}
