package org.huddleboard.measure;

import java.util.List;

/** A ward's measure set as stored: what its board shows, in the ward's order, and the version to edit it by. */
public record MeasureSetView(String ward, int version, List<Item> measures) {

    public record Item(String measure, String name, String category, String unit, String kind, String direction,
            double libraryTarget, double libraryAmberThreshold, Double target, Double amberThreshold,
            boolean safetyCross, boolean harmCount, String howToCount, String commitment) {

        static Item of(WardMeasure wm) {
            MeasureDefinition m = wm.measure;
            return new Item(m.key, m.name, m.category.name(), m.unit, m.kind.name(), m.direction.name(), m.target,
                    m.amberThreshold, wm.target, wm.amberThreshold, wm.safetyCross, m.countsHarm(), m.howToCount,
                    wm.commitment == null ? null : wm.commitment.code);
        }
    }
}
