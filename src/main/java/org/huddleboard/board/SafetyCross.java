package org.huddleboard.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month laid out as a cross of day boxes: two rows of three above, three rows of seven
 * across, two rows of three below; 33 places for up to 31 days. One per measure the ward keeps
 * a cross for.
 */
public record SafetyCross(String measure, String measureName, YearMonth month, List<CrossDay> days,
        Integer daysSinceLastHarm) {

    /** Milestones celebrated on the wall, largest first. */
    static final int[] MILESTONES = { 30, 10 };

    /** Each mark has an icon the app serves (TV fonts may lack ✓ ✕ ? ★) and a word. */
    public enum Mark {
        NO_HARM("No harm"),
        HARM("Harm"),
        ON_ADMISSION("Present on admission"),
        NOT_RECORDED("Not recorded"),
        TO_COME("To come");

        public final String word;

        Mark(String word) {
            this.word = word;
        }

        public String css() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The served icon, {@code /img/mark-no-harm.svg}; none for a day to come. */
        public String icon() {
            return this == TO_COME ? null : "/img/mark-" + css() + ".svg";
        }
    }

    /** A day's value as the cross reads it: how much harm, and whether it was present on admission. */
    public record DayValue(double value, boolean presentOnAdmission) {
    }

    /** A day box; {@code row} and {@code column} place it on a 7×7 grid (1-based). */
    public record CrossDay(LocalDate date, int day, Mark mark, int row, int column, boolean today) {

        /** The box's accessible name: "28 November: harm, today". */
        public String label() {
            return day + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + ": "
                    + mark.word.toLowerCase(Locale.ROOT) + (today ? ", today" : "");
        }
    }

    static SafetyCross of(String measure, String measureName, LocalDate today, Map<LocalDate, DayValue> values,
            LocalDate lastHarm) {
        YearMonth month = YearMonth.from(today);
        List<CrossDay> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            int[] place = place(d - 1);
            days.add(new CrossDay(date, d, mark(date, today, values.get(date)), place[0], place[1],
                    date.equals(today)));
        }
        Integer since = lastHarm == null ? null : (int) (today.toEpochDay() - lastHarm.toEpochDay());
        return new SafetyCross(measure, measureName, month, days, since);
    }

    static Mark mark(LocalDate date, LocalDate today, DayValue value) {
        if (date.isAfter(today)) {
            return Mark.TO_COME;
        }
        if (value == null) {
            return Mark.NOT_RECORDED;
        }
        if (value.value() <= 0) {
            return Mark.NO_HARM;
        }
        return value.presentOnAdmission() ? Mark.ON_ADMISSION : Mark.HARM;
    }

    static int[] place(int index) {
        if (index < 6) {
            return new int[] { 1 + index / 3, 3 + index % 3 };
        }
        if (index < 27) {
            return new int[] { 3 + (index - 6) / 7, 1 + (index - 6) % 7 };
        }
        return new int[] { 6 + (index - 27) / 3, 3 + (index - 27) % 3 };
    }

    public String monthName() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    /** "Nov", for the cross's corner. */
    public String monthShort() {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    /** "1 day", "12 days": the days since the last harm on the ward. */
    public String daysSinceText() {
        return daysSinceLastHarm == null ? null : daysSinceLastHarm + (daysSinceLastHarm == 1 ? " day" : " days");
    }

    /** Whether any day this month has that mark: the legend lists the marks the cross uses, besides no harm and harm. */
    public boolean uses(String mark) {
        Mark m = Mark.valueOf(mark);
        return days.stream().anyMatch(d -> d.mark() == m);
    }

    /** The largest milestone reached (30, 10), or null. */
    public Integer milestone() {
        if (daysSinceLastHarm == null) {
            return null;
        }
        for (int m : MILESTONES) {
            if (daysSinceLastHarm >= m) {
                return m;
            }
        }
        return null;
    }
}
