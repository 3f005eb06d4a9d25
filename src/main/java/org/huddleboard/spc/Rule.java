package org.huddleboard.spc;

/** The special-cause rules of Making Data Count, in their order of precedence. */
public enum Rule {
    OUTSIDE_LIMITS("A point outside the process limits"),
    TREND("A trend of 7 points rising or falling"),
    TWO_IN_THREE("2 of 3 points close to a limit"),
    SHIFT("A shift of 7 points on one side of the mean");

    private final String word;

    Rule(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
