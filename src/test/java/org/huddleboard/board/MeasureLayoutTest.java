package org.huddleboard.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huddleboard.measure.Category;
import org.huddleboard.measure.Direction;
import org.huddleboard.measure.EntryView;
import org.huddleboard.measure.Kind;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.Status;
import org.huddleboard.spc.Assurance;
import org.huddleboard.spc.Variation;
import org.junit.jupiter.api.Test;

/** How many measures the wall shows as tiles, and how it says what is left; units and harm as read. */
class MeasureLayoutTest {

    @Test
    void nineMeasuresAndACrossAreAllTiles() {
        MeasureLayout layout = MeasureLayout.of(measures(9, -1), 1);
        assertEquals(9, layout.tiles().size());
        assertEquals(0, layout.notTiles());
        assertTrue(layout.tiles().get(0).first(), "the first tile carries its category's name");
        assertFalse(layout.tiles().get(1).first(), "the second of the same category does not");
    }

    @Test
    void tenMeasuresAndACrossFillTheTwelvePlaces() {
        assertEquals(10, MeasureLayout.of(measures(10, -1), 1).tiles().size());
        assertEquals(12, MeasureLayout.of(measures(12, -1), 0).tiles().size());
    }

    /** A cross (2 places) and 6 tiles, the last row for lines: in portrait 2+1, 3, 2 and the lines. */
    @Test
    void fifteenMeasuresShowSixTilesAndNineLines() {
        MeasureLayout layout = MeasureLayout.of(measures(15, -1), 1);
        assertEquals(6, layout.tiles().size());
        assertEquals(9, layout.lines().size());
        assertEquals(0, layout.more());
        assertEquals(9, layout.notTiles());
        assertEquals("m6", layout.lines().get(0).key(), "in order: the lines go on where the tiles stop");
    }

    @Test
    void beyondTenLinesTheRestAreCounted() {
        MeasureLayout layout = MeasureLayout.of(measures(25, -1), 0);
        assertEquals(8, layout.tiles().size());
        assertEquals(10, layout.lines().size());
        assertEquals(7, layout.more());
    }

    /** A note takes a second place; a two-place tile never splits across a row, whatever the shape. */
    @Test
    void aTileWithANoteTakesTwoPlaces() {
        MeasureLayout layout = MeasureLayout.of(measures(11, 0), 1);
        assertTrue(layout.tiles().get(0).wide());
        // Landscape: cross and noted tile, then 4 tiles, then the lines. Portrait: the cross (and a
        // hole: the wide tile does not split), the wide tile and 1, then 3, then the lines.
        assertEquals(5, layout.tiles().size());
        assertEquals(6, layout.lines().size());
        assertTrue(MeasureLayout.fits(measures(11, 0), layout.tiles().size(), 1, true));
    }

    @Test
    void sixCrossesLeaveNoPlaceForTilesButEveryMeasureIsStillListed() {
        MeasureLayout layout = MeasureLayout.of(measures(4, -1), 6);
        assertEquals(0, layout.tiles().size());
        assertEquals(4, layout.lines().size());
    }

    @Test
    void oneIncidentNotOneIncidents() {
        assertEquals(" incident", tile("m", Category.SAFETY, "incidents", 1.0, null).unitSuffix());
        assertEquals(" incidents", tile("m", Category.SAFETY, "incidents", 2.0, null).unitSuffix());
        assertEquals(" staff", tile("m", Category.PEOPLE, "staff", 1.0, null).unitSuffix());
        assertEquals("Target ≤ 0", tile("m", Category.SAFETY, "incidents", 1.0, null).wallTargetText());
    }

    /** Falls, pressure ulcers, medication incidents: one is harm, off target, even with an amber margin set. */
    @Test
    void oneHarmAgainstATargetOfNoneIsOffTarget() {
        MeasureDefinition incidents = new MeasureDefinition();
        incidents.category = Category.SAFETY;
        incidents.kind = Kind.COUNT;
        incidents.direction = Direction.LOWER_IS_BETTER;
        incidents.target = 0;
        incidents.amberThreshold = 1;
        assertEquals(Status.RED, incidents.statusOf(1.0));
        assertEquals(Status.GREEN, incidents.statusOf(0.0));
        MeasureDefinition delays = new MeasureDefinition();
        delays.category = Category.DELIVERY;
        delays.kind = Kind.COUNT;
        delays.direction = Direction.LOWER_IS_BETTER;
        delays.target = 2;
        delays.amberThreshold = 4;
        assertEquals(Status.AMBER, delays.statusOf(3.0), "other measures keep their amber margin");
    }

    /** {@code n} measures, two per category in turn; the one at {@code noted} has a note. */
    private static List<MeasureTile> measures(int n, int noted) {
        List<MeasureTile> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Category category = Category.values()[(i / 2) % Category.values().length];
            list.add(tile("m" + i, category, "things", 3.0, i == noted ? "A note" : null));
        }
        return list;
    }

    private static MeasureTile tile(String key, Category category, String unit, Double value, String note) {
        EntryView today = value == null ? null
                : new EntryView("ward-x", key, LocalDate.now(), value, note, "AB", Instant.now(), 0, Status.GREEN,
                        false);
        return new MeasureTile(key, "Measure " + key, category, unit, Kind.COUNT, Direction.LOWER_IS_BETTER, 0, 0, 0,
                100, today, Status.GREEN, List.of(),
                new MeasureTile.Spc(Variation.COMMON_CAUSE, Assurance.NONE, false));
    }
}
