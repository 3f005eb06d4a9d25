package org.huddleboard.spc;

import java.util.Locale;

/**
 * The variation icon of Making Data Count, read from the latest point: common cause, or a special
 * cause that is an improvement, a concern or neither, high or low. Each has words, so the icon
 * never carries meaning alone.
 */
public enum Variation {
    COMMON_CAUSE("No significant change", "Common cause variation: no significant change", "common"),
    IMPROVEMENT_HIGH("Improving", "Special cause improvement: higher values", "improvement"),
    IMPROVEMENT_LOW("Improving", "Special cause improvement: lower values", "improvement"),
    CONCERN_HIGH("Concern", "Special cause concern: higher values", "concern"),
    CONCERN_LOW("Concern", "Special cause concern: lower values", "concern"),
    NEITHER_HIGH("Unusual", "Special cause: unusually high values", "neither"),
    NEITHER_LOW("Unusual", "Special cause: unusually low values", "neither"),
    NOT_ENOUGH_DATA("Too few points", "Too few points to judge variation", "none"),
    /** Most days have none: an XmR chart of daily counts would call every quiet week a shift. */
    RARE_EVENTS("Rare events", "Rare events: most days have none, so an XmR chart would mislead; see days since the last one", "none");

    private final String shortWord;
    private final String word;
    private final String css;

    Variation(String shortWord, String word, String css) {
        this.shortWord = shortWord;
        this.word = word;
        this.css = css;
    }

    /** A special cause on {@code side} (+1 high, -1 low) for a measure of this polarity. */
    static Variation of(int side, Polarity polarity) {
        if (side == 0) {
            return COMMON_CAUSE;
        }
        int good = side * polarity.sign();
        if (good == 0) {
            return side > 0 ? NEITHER_HIGH : NEITHER_LOW;
        }
        if (good > 0) {
            return side > 0 ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
        }
        return side > 0 ? CONCERN_HIGH : CONCERN_LOW;
    }

    public String shortWord() {
        return shortWord;
    }

    public String word() {
        return word;
    }

    /** improvement, concern, neither, common or none. */
    public String css() {
        return css;
    }

    /** A special cause: improvement, concern or neither. */
    public boolean special() {
        return css.equals("improvement") || css.equals("concern") || css.equals("neither");
    }

    public boolean improvement() {
        return this == IMPROVEMENT_HIGH || this == IMPROVEMENT_LOW;
    }

    public boolean concern() {
        return this == CONCERN_HIGH || this == CONCERN_LOW;
    }

    public String icon() {
        return "/img/spc-variation-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".svg";
    }
}
