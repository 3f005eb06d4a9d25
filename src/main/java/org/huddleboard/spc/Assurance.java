package org.huddleboard.spc;

import java.util.Locale;

/**
 * The assurance icon of Making Data Count: where the target lies against the latest segment's
 * limits. Outside them on the good side the process consistently passes; on the bad side it
 * consistently fails; within them it will hit and miss.
 */
public enum Assurance {
    PASS("Passes", "Consistently passes the target"),
    FAIL("Fails", "Consistently fails the target: the process must change to meet it"),
    HIT_AND_MISS("Hit and miss", "Hit and miss: the target lies within the process limits"),
    NONE("No assurance", "No assurance: no target, or too few points");

    private final String shortWord;
    private final String word;

    Assurance(String shortWord, String word) {
        this.shortWord = shortWord;
        this.word = word;
    }

    public String shortWord() {
        return shortWord;
    }

    public String word() {
        return word;
    }

    public String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String icon() {
        return "/img/spc-assurance-" + css() + ".svg";
    }
}
