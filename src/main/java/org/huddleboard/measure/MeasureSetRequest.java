package org.huddleboard.measure;

import java.util.List;

/** A ward's whole measure set, in the ward's order, sent with the settings version the editor loaded. */
public record MeasureSetRequest(Integer version, List<Item> measures) {

    /**
     * One measure on the board: the library's key, the ward's own target and threshold (null: the
     * library's), and the code of the trust commitment it serves (null: none).
     */
    public record Item(String measure, Double target, Double amberThreshold, Boolean safetyCross, String commitment) {

        public Item(String measure, Double target, Double amberThreshold, Boolean safetyCross) {
            this(measure, target, amberThreshold, safetyCross, null);
        }
    }
}
