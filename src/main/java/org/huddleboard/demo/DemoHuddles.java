package org.huddleboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.huddleboard.huddle.ActionState;
import org.huddleboard.huddle.Huddle;
import org.huddleboard.huddle.HuddleAction;
import org.huddleboard.huddle.HuddleRole;
import org.huddleboard.huddle.ThanksNote;
import org.huddleboard.ward.Ward;

/**
 * Four months of huddles on every demo ward, up to yesterday: held on about 91% of days over the
 * trust (Leeds reported 91% of wards huddling daily), one ward clearly worse at weekends; each
 * starts around the ward's usual time, mostly lasts 8 to 14 minutes, a few were left open and
 * ended automatically, now and then a second one in the afternoon. None today: the tablet starts
 * today's. A few wards also have open actions (one overdue, one carried over from yesterday)
 * and thanks for today, so their wall screens show them. Staff by short name only; loaded
 * without audit lines or board versions, at version 0.
 */
final class DemoHuddles {

    static final int DAYS = 120;

    /** A ward's usual huddle time and how often it huddles on weekdays and at weekends, in per cent. */
    private record Habit(LocalTime time, int weekdays, int weekends, List<String> facilitators) {
    }

    private static final Map<String, Habit> HABITS = Map.of(
            "ward-12", new Habit(LocalTime.of(9, 30), 96, 90, List.of("Sister K", "CN Patel", "Sr Okafor", "CN Reid")),
            "ward-14", new Habit(LocalTime.of(10, 0), 95, 88, List.of("Sister M", "CN Hughes", "Sr Begum")),
            "ward-21", new Habit(LocalTime.of(9, 15), 94, 86, List.of("Sister T", "CN Walsh", "Sr Ahmed", "CN Li")),
            // Orthopaedics: the huddle often lapses at weekends and on busy theatre days.
            "ward-23", new Habit(LocalTime.of(10, 30), 78, 50, List.of("Sister R", "CN Evans")),
            "ward-31", new Habit(LocalTime.of(9, 0), 98, 94, List.of("Sister J", "CN Mensah", "Sr Clarke")),
            "ward-33", new Habit(LocalTime.of(9, 45), 96, 90, List.of("Sister P", "CN Shah", "Sr Doyle")),
            "ward-41", new Habit(LocalTime.of(9, 30), 97, 93, List.of("Sister A", "CN Novak", "Sr Price", "CN Osei")),
            "ward-43", new Habit(LocalTime.of(10, 15), 95, 88, List.of("Sister L", "CN Kaur", "Sr Murphy")));

    /** The wards whose wall screens show open actions and today's thanks. */
    static final List<String> WITH_ACTIONS = List.of("ward-12", "ward-14", "ward-21");

    private static final List<String> NOTES = List.of(
            "One registered nurse short on the late shift; bank shift requested.",
            "Two patients waiting for transport home; discharge lounge asked.",
            "Full: two outliers from surgery, reviewed by their team at 11.",
            "Side room needed for an admission from ED; bed manager aware.",
            "HCA moved to the day unit until lunch; bays B and C share one.",
            "Three discharges planned before noon; take-home medicines ordered early.",
            "Agency nurse on nights is new to the ward: buddy named.",
            "Student nurses start today: supervisors named at the huddle.");

    private record ActionText(String text, String owner) {
    }

    private static final List<ActionText> ACTIONS = List.of(
            new ActionText("Chase the hoist repair with medical engineering", "CN Patel"),
            new ActionText("Book a bank HCA for Saturday's late shift", "Sister K"),
            new ActionText("Restock the dressing trolley before the weekend", "HCA Jo"),
            new ActionText("Check the fridge temperature log is signed each day", "Sr Ahmed"),
            new ActionText("Share the falls sensor mat idea with Ward 14", "Sister T"),
            new ActionText("Ask estates for a date to fix the bay C call bells", "CN Walsh"),
            new ActionText("Put the new discharge checklist on the staff room board", "Sister J"),
            new ActionText("Arrange hand hygiene refresher for the new starters", "CN Mensah"),
            new ActionText("Order more slide sheets for the bay A beds", "Sr Clarke"));

    private static final List<String> THANKS = List.of(
            "Thank you to the night team for covering two sick calls",
            "30 days without a fall in bay B: well done everyone",
            "Thanks to pharmacy for getting the take-home medicines up early",
            "Welcome back to Jo after her leave",
            "Well done to the students on their first week with us");

    private final Random random = new Random(20261130L);
    private final LocalDate today;
    private final ZoneId zone;
    private final Duration autoEndAfter;
    private final List<Huddle> huddles = new ArrayList<>();
    private final List<HuddleAction> actions = new ArrayList<>();
    private final List<ThanksNote> thanks = new ArrayList<>();

    private DemoHuddles(LocalDate today, ZoneId zone, Duration autoEndAfter) {
        this.today = today;
        this.zone = zone;
        this.autoEndAfter = autoEndAfter;
    }

    /** The rows made, for the start's log line. */
    record Made(int huddles, int actions, int thanks) {
    }

    static Made create(Map<String, Ward> wards, LocalDate today, ZoneId zone, Duration autoEndAfter) {
        DemoHuddles demo = new DemoHuddles(today, zone, autoEndAfter);
        int w = 0;
        for (DemoWards.CsuSpec csu : DemoWards.CSUS) {
            for (DemoWards.WardSpec spec : csu.wards()) {
                Ward ward = wards.get(spec.code());
                Map<LocalDate, Huddle> byDay = demo.history(ward, HABITS.get(spec.code()));
                if (WITH_ACTIONS.contains(spec.code())) {
                    demo.actionsAndThanks(ward, byDay, w++);
                }
            }
        }
        demo.persist();
        return new Made(demo.huddles.size(), demo.actions.size(), demo.thanks.size());
    }

    /** Every day from {@link #DAYS} days ago to yesterday; answers each day's first huddle. */
    private Map<LocalDate, Huddle> history(Ward ward, Habit habit) {
        Map<LocalDate, Huddle> byDay = new HashMap<>();
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (random.nextInt(100) >= (weekend ? habit.weekends() : habit.weekdays())) {
                continue;
            }
            // Mostly within a few minutes of the usual time; now and then late, after a busy morning.
            int late = random.nextInt(100) < 5 ? 15 + random.nextInt(30) : -3 + random.nextInt(12);
            Instant start = day.atTime(habit.time()).atZone(zone).toInstant()
                    .plusSeconds(late * 60L + random.nextInt(60));
            byDay.put(day, huddle(ward, habit, day, start));
            if (random.nextInt(100) < 3) {
                // A second, short safety huddle in the afternoon.
                huddle(ward, habit, day, day.atTime(14, 0).atZone(zone).toInstant()
                        .plusSeconds(random.nextInt(20 * 60)));
            }
        }
        return byDay;
    }

    private Huddle huddle(Ward ward, Habit habit, LocalDate day, Instant start) {
        Huddle h = new Huddle();
        h.ward = ward;
        h.date = day;
        h.startedAt = start;
        int fate = random.nextInt(100);
        if (fate < 2) {
            // Left open when the tablet went back on its charger: ended by the server.
            h.endedAt = start.plus(autoEndAfter);
            h.autoEnded = true;
        } else {
            int seconds = fate < 6 ? 300 + random.nextInt(180) // a short one, 5 to 8 minutes
                    : fate < 14 ? 14 * 60 + random.nextInt(7 * 60) // a long one, 14 to 21 minutes
                    : 8 * 60 + random.nextInt(6 * 60); // mostly 8 to 14 minutes
            h.endedAt = start.plusSeconds(seconds);
        }
        h.facilitator = habit.facilitators().get(random.nextInt(100) < 60 ? 0
                : random.nextInt(habit.facilitators().size()));
        Set<HuddleRole> roles = roles();
        h.roles = roles.stream().map(Enum::name).collect(Collectors.joining(","));
        h.attendance = Math.max(roles.size() + 2, 4 + skewedAttendance());
        h.notes = random.nextInt(100) < 10 ? NOTES.get(random.nextInt(NOTES.size())) : null;
        h.targetMinutes = ward.huddleMinutes;
        huddles.add(h);
        return h;
    }

    /** 0 to 8 more than the least of four, most often 2 to 4. */
    private int skewedAttendance() {
        return Math.min(8, (random.nextInt(5) + random.nextInt(5)));
    }

    /** The nurse in charge always; nurses and HCAs nearly always; others now and then. */
    private Set<HuddleRole> roles() {
        Set<HuddleRole> roles = EnumSet.of(HuddleRole.NURSE_IN_CHARGE);
        add(roles, HuddleRole.NURSE, 95);
        add(roles, HuddleRole.HCA, 85);
        add(roles, HuddleRole.DOCTOR, 45);
        add(roles, HuddleRole.THERAPIST, 30);
        add(roles, HuddleRole.PHARMACIST, 15);
        add(roles, HuddleRole.WARD_CLERK, 30);
        add(roles, HuddleRole.MATRON, 10);
        add(roles, HuddleRole.STUDENT, 20);
        add(roles, HuddleRole.OTHER, 5);
        return roles;
    }

    private void add(Set<HuddleRole> roles, HuddleRole role, int percent) {
        if (random.nextInt(100) < percent) {
            roles.add(role);
        }
    }

    /**
     * Three open actions carried from earlier huddles (one overdue, one agreed yesterday, one due
     * today), two done last week, and two thanks added this morning.
     */
    private void actionsAndThanks(Ward ward, Map<LocalDate, Huddle> byDay, int w) {
        action(ward, byDay, ACTIONS.get(3 * w), today.minusDays(5), today.minusDays(2), null);
        action(ward, byDay, ACTIONS.get(3 * w + 1), today.minusDays(1), today.plusDays(2), null);
        action(ward, byDay, ACTIONS.get(3 * w + 2), today.minusDays(3), today, null);
        action(ward, byDay, ACTIONS.get((3 * w + 4) % ACTIONS.size()), today.minusDays(9), today.minusDays(6),
                ActionState.DONE);
        action(ward, byDay, ACTIONS.get((3 * w + 5) % ACTIONS.size()), today.minusDays(8), today.minusDays(4),
                ActionState.DONE);
        for (int i = 0; i < 2; i++) {
            ThanksNote n = new ThanksNote();
            n.ward = ward;
            n.date = today;
            n.text = THANKS.get((2 * w + i) % THANKS.size());
            n.addedBy = i == 0 ? HABITS.get(ward.code).facilitators().get(0) : null;
            // This morning, before the tablet starts today's huddle.
            n.addedAt = today.atTime(7, 40 + 10 * i).atZone(zone).toInstant();
            thanks.add(n);
        }
    }

    private void action(Ward ward, Map<LocalDate, Huddle> byDay, ActionText text, LocalDate agreed, LocalDate due,
            ActionState closed) {
        HuddleAction a = new HuddleAction();
        a.ward = ward;
        a.text = text.text();
        a.owner = text.owner();
        a.createdOn = agreed;
        a.dueDate = due;
        Huddle at = byDay.get(agreed);
        a.huddle = at;
        a.createdAt = at == null ? agreed.atTime(11, 0).atZone(zone).toInstant() : at.startedAt.plusSeconds(300);
        a.state = closed == null ? ActionState.OPEN : closed;
        if (closed != null) {
            a.closedAt = due.atTime(15, 0).atZone(zone).toInstant();
            a.closedBy = text.owner();
        }
        actions.add(a);
    }

    private void persist() {
        Session session = Huddle.getEntityManager().unwrap(Session.class);
        Integer batch = session.getJdbcBatchSize();
        session.setJdbcBatchSize(100);
        try {
            huddles.forEach(h -> h.persist());
            actions.forEach(a -> a.persist());
            thanks.forEach(n -> n.persist());
            Huddle.flush();
        } finally {
            session.setJdbcBatchSize(batch);
        }
    }
}
