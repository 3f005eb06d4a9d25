package org.huddleboard.measure;

/** Red/amber/green against target, each with a symbol and a word so colour never carries meaning alone. */
public enum Status {
    GREEN("✓", "On target"),
    AMBER("!", "Near target"),
    RED("✕", "Off target"),
    NONE("–", "Not entered");

    public final String symbol;
    public final String word;

    Status(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /** The CSS class suffix, e.g. {@code green}. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
