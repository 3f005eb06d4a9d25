package org.huddleboard.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.huddleboard.board.SafetyCross.CrossDay;
import org.huddleboard.board.SafetyCross.DayValue;
import org.huddleboard.board.SafetyCross.Mark;
import org.junit.jupiter.api.Test;

/** How a month's values become day boxes, and how the cross says the days since harm. */
class SafetyCrossTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

    @Test
    void eachDayHasItsMarkAndTodayIsMarkedAndNamed() {
        SafetyCross cross = SafetyCross.of("falls", "Falls", TODAY, Map.of(
                TODAY.withDayOfMonth(1), new DayValue(0, false),
                TODAY.withDayOfMonth(2), new DayValue(2, false),
                TODAY.withDayOfMonth(3), new DayValue(1, true),
                TODAY, new DayValue(0, false)), TODAY.withDayOfMonth(2));
        List<CrossDay> days = cross.days();
        assertEquals(28, days.size());
        assertEquals(List.of(Mark.NO_HARM, Mark.HARM, Mark.ON_ADMISSION, Mark.NOT_RECORDED),
                days.subList(0, 4).stream().map(CrossDay::mark).toList());
        assertEquals(Mark.NO_HARM, days.get(11).mark());
        assertEquals(Mark.TO_COME, days.get(12).mark());
        assertEquals(List.of(12), days.stream().filter(CrossDay::today).map(CrossDay::day).toList());
        assertEquals("12 February: no harm, today", days.get(11).label());
        assertEquals("3 February: present on admission", days.get(2).label());
        assertEquals("/img/mark-on-admission.svg", Mark.ON_ADMISSION.icon());
        assertNull(Mark.TO_COME.icon());
        assertTrue(cross.uses("ON_ADMISSION"));
        assertFalse(SafetyCross.of("falls", "Falls", TODAY, Map.of(), null).uses("ON_ADMISSION"));
    }

    @Test
    void daysSinceHarmInWordsAndMilestones() {
        assertEquals("1 day", since(1).daysSinceText());
        assertEquals("0 days", since(0).daysSinceText());
        assertEquals("12 days", since(12).daysSinceText());
        assertNull(since(9).milestone());
        assertEquals(10, since(10).milestone());
        assertEquals(10, since(29).milestone());
        assertEquals(30, since(45).milestone());
        SafetyCross never = SafetyCross.of("falls", "Falls", TODAY, Map.of(), null);
        assertNull(never.daysSinceText());
        assertNull(never.milestone());
    }

    @Test
    void theCrossHasItsShape() {
        // Two rows of three above, three rows of seven, then the rest below in rows of three.
        assertEquals(List.of(1, 3), place(0));
        assertEquals(List.of(2, 5), place(5));
        assertEquals(List.of(3, 1), place(6));
        assertEquals(List.of(5, 7), place(26));
        assertEquals(List.of(6, 3), place(27));
        assertEquals(List.of(7, 3), place(30));
    }

    private static SafetyCross since(int days) {
        return SafetyCross.of("falls", "Falls", TODAY, Map.of(), TODAY.minusDays(days));
    }

    private static List<Integer> place(int index) {
        int[] p = SafetyCross.place(index);
        return List.of(p[0], p[1]);
    }
}
