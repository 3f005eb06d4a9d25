package org.huddleboard.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.escalation.EscalationSummary;
import org.huddleboard.huddle.HuddleBoard;
import org.huddleboard.idea.IdeaSummary;
import org.huddleboard.measure.Category;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Everything a ward's board shows, as one consistent picture at one board version. */
public record BoardSnapshot(WardInfo ward, LocalDate date, String zone, long version, List<MeasureTile> measures,
        List<SafetyCross> safetyCrosses, IdeaSummary ideas, EscalationSummary escalations, HuddleBoard huddle) {

    /** {@code theme}: the wall's look, as its page's {@code data-theme} (dark or light). */
    public record WardInfo(String code, String name, CsuInfo csu, String theme) {
    }

    public record CsuInfo(String code, String name) {
    }

    public record CategoryGroup(Category category, List<MeasureTile> measures) {
    }

    /** Whether this measure has a safety cross on the board. */
    public boolean hasCross(String measure) {
        return safetyCrosses.stream().anyMatch(c -> c.measure().equals(measure));
    }

    /** The trust's zone, for times shown on the board. */
    @JsonIgnore
    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /**
     * Safety crosses on the board, each taking two tile places in the measures region: the one
     * place that counts them for the layout.
     */
    @JsonIgnore
    public int crossCount() {
        return safetyCrosses.size();
    }

    /** Which measures the wall shows as tiles, which in a line, and how many are only counted. */
    @JsonIgnore
    public MeasureLayout measureLayout() {
        return MeasureLayout.of(measures, crossCount());
    }

    /** The measures by category, in category order; for the wall screen's layout. */
    public List<CategoryGroup> groups() {
        Map<Category, List<MeasureTile>> byCategory = new LinkedHashMap<>();
        for (MeasureTile tile : measures) {
            byCategory.computeIfAbsent(tile.category(), c -> new ArrayList<>()).add(tile);
        }
        return byCategory.entrySet().stream().map(e -> new CategoryGroup(e.getKey(), e.getValue())).toList();
    }
}
