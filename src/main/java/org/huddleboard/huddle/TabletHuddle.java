package org.huddleboard.huddle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.huddleboard.board.BoardSnapshot;
import org.huddleboard.board.MeasureTile;
import org.huddleboard.board.ValueFormat;
import org.huddleboard.escalation.EscalationsPart;
import org.huddleboard.idea.IdeasPart;
import org.huddleboard.measure.Kind;

/**
 * What the ward tablet's huddle page shows, read at one board version: the huddle (running, or
 * today's last), the measures split into the safety check and the rest, open actions, today's
 * thanks, and the ideas and escalations parts (null when only another part is fetched).
 */
public record TabletHuddle(BoardSnapshot board, HuddleView current, HuddleView lastToday, List<String> facilitators,
        List<Group> groups, List<ActionLine> actions, List<ThanksView> thanks, List<DueChoice> dueChoices,
        IdeasPart ideas, EscalationsPart escalations, String reminder, boolean device) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    /** The agenda, in order: id and the words on its button. */
    public record Step(String id, String label) {
    }

    public static final List<Step> STEPS = List.of(new Step("safety", "Safety"), new Step("measures", "Measures"),
            new Step("flow", "Staffing and flow"), new Step("ideas", "Ideas"), new Step("escalations", "Escalations"),
            new Step("actions", "Actions"), new Step("thanks", "Thanks"));

    /** The rows of one measures step: {@code safety} (harm in the last 24 h) or {@code measures}. */
    public record Group(String id, String title, String intro, List<Row> rows) {

        public long toEnter() {
            return rows.stream().filter(r -> !r.entered()).count();
        }

        public boolean done() {
            return toEnter() == 0;
        }
    }

    /**
     * One measure on the tablet: today's value (the current one always shown), yesterday's beside
     * it, and the one-tap values that fit it. {@code harm}: a count of harm, where 0 is "No harm";
     * {@code cross}: the ward keeps a safety cross for it, so its harm can be marked present on admission;
     * {@code howToCount}: the library's word on how to count it, for whoever enters it (may be null).
     */
    public record Row(MeasureTile tile, boolean harm, boolean cross, String howToCount) {

        /** Today's harm was marked present on admission. */
        public boolean presentOnAdmission() {
            return tile.today() != null && tile.today().presentOnAdmission();
        }

        public boolean entered() {
            return tile.today() != null;
        }

        Double yesterday() {
            List<MeasureTile.DayValue> history = tile.history();
            return history.size() < 2 ? null : history.get(history.size() - 2).value();
        }

        public String yesterdayText() {
            Double v = yesterday();
            return v == null ? "not recorded" : ValueFormat.format(tile.kind(), v);
        }

        /** Yesterday's value as typed into the field, or "" when there is none (or it is a yes/no). */
        public String yesterdayInput() {
            Double v = yesterday();
            return v == null || tile.kind() == Kind.YES_NO ? "" : ValueFormat.format(Kind.NUMBER, v);
        }

        public boolean countsZero() {
            return tile.kind() == Kind.COUNT;
        }

        /** "Same as yesterday" is offered when yesterday had a value and it is not already the zero chip. */
        public boolean offersYesterday() {
            String y = yesterdayInput();
            return !y.isEmpty() && !(countsZero() && "0".equals(y));
        }

        public String zeroLabel() {
            return harm ? "No harm (0)" : "None (0)";
        }
    }

    /** An open action as the tablet lists it: when it is due in words, and the day it was agreed if not today. */
    public record ActionLine(ActionView view, String dueText, String fromText) {

        static ActionLine of(ActionView a, LocalDate today) {
            String due = a.dueDate().equals(today) ? "Due today"
                    : a.dueDate().equals(today.plusDays(1)) ? "Due tomorrow"
                    : "Due " + a.dueDate().format(DAY);
            return new ActionLine(a, due, a.carriedOver() ? "from " + a.createdOn().format(DAY) : null);
        }
    }

    /** A one-tap due day: "Today", "Tomorrow", "In a week". */
    public record DueChoice(String label, LocalDate date) {
    }

    public List<Step> steps() {
        return STEPS;
    }

    /** One tap for the usual numbers at a huddle. */
    public List<Integer> attendanceChoices() {
        return List.of(4, 6, 8, 10, 12);
    }

    public List<HuddleRole> roles() {
        return List.of(HuddleRole.values());
    }

    public long version() {
        return board.version();
    }

    public LocalDate today() {
        return board.date();
    }

    /** The huddle the staffing and flow notes belong to: the running one, else today's last. */
    public HuddleView notesHuddle() {
        return current != null ? current : lastToday;
    }

    public boolean hasRole(HuddleRole role) {
        return current != null && current.roles().contains(role);
    }

    /** The running huddle's start in epoch milliseconds, for the page's timer. */
    public long startedMillis() {
        return current == null ? 0 : current.startedAt().toEpochMilli();
    }

    public String rolesCodes() {
        HuddleView h = notesHuddle();
        return h == null ? "" : String.join(",", h.roles().stream().map(Enum::name).toList());
    }

    public String lastTodayText() {
        if (lastToday == null) {
            return "No huddle yet today";
        }
        String at = lastToday.startedAt().atZone(board.zoneId()).format(DateTimeFormatter.ofPattern("HH:mm"));
        return "Huddle held " + at + (lastToday.durationMinutes() == null ? ""
                : ", " + Math.round(lastToday.durationMinutes()) + " min") + (lastToday.autoEnded()
                        ? " (ended automatically)" : "");
    }
}
