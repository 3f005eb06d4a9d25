package org.huddleboard.measure;

/** A library measure as an admin writes it; {@code version} is the one loaded, for an edit. */
public record LibraryRequest(String key, String name, String category, String unit, String kind, String direction,
        Double minValue, Double maxValue, Double target, Double amberThreshold, String howToCount, Integer version) {
}
