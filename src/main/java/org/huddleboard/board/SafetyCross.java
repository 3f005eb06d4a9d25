package org.huddleboard.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The month laid out as a cross of day boxes: two rows of three above, three rows of seven
 * across, two rows of three below; 33 places for up to 31 days.
 */
public record SafetyCross(String measure, String measureName, YearMonth month, List<CrossDay> days,
        Integer daysSinceLastHarm) {

    public enum Mark {
        NO_HARM("✓", "No harm"),
        HARM("✕", "Harm"),
        NOT_RECORDED("?", "Not recorded"),
        TO_COME("", "To come");

        public final String symbol;
        public final String word;

        Mark(String symbol, String word) {
            this.symbol = symbol;
            this.word = word;
        }

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A day box; {@code row} and {@code column} place it on a 7×7 grid (1-based). */
    public record CrossDay(LocalDate date, int day, Mark mark, int row, int column) {
    }

    static SafetyCross of(String measure, String measureName, LocalDate today, Map<LocalDate, Double> values,
            LocalDate lastHarm) {
        YearMonth month = YearMonth.from(today);
        List<CrossDay> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Double value = values.get(date);
            Mark mark = date.isAfter(today) ? Mark.TO_COME
                    : value == null ? Mark.NOT_RECORDED
                    : value > 0 ? Mark.HARM : Mark.NO_HARM;
            int[] place = place(d - 1);
            days.add(new CrossDay(date, d, mark, place[0], place[1]));
        }
        Integer since = lastHarm == null ? null : (int) (today.toEpochDay() - lastHarm.toEpochDay());
        return new SafetyCross(measure, measureName, month, days, since);
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
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + month.getYear();
    }
}
