package org.huddleboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hibernate.Session;
import org.huddleboard.access.Person;
import org.huddleboard.escalation.Escalation;
import org.huddleboard.escalation.EscalationAction;
import org.huddleboard.escalation.EscalationCategory;
import org.huddleboard.escalation.EscalationEvent;
import org.huddleboard.escalation.EscalationState;
import org.huddleboard.escalation.ResponseTargets;
import org.huddleboard.escalation.Severity;
import org.huddleboard.escalation.Side;
import org.huddleboard.ward.Ward;

/**
 * About four months of escalations on every demo ward, each with the timeline of its story:
 * mostly answered by the CSU within target, some late, a few handed back with guidance or sent
 * on to the executives, some reopened; the newest still open (some overdue) or answered and not
 * yet closed, so "You said, we did" and the figures have content on first start. Every step
 * lies before now; steps a story would take later are simply not there yet. Whoever raised or
 * answered is a role or a demo person, never a name; loaded without audit lines, at version 0.
 */
final class DemoEscalations {

    static final int DAYS = 120;

    /** What an escalation says, and the answer it gets when resolved. */
    record Text(EscalationCategory category, String title, String detail, String answer) {
    }

    private static final List<Text> CATALOGUE = List.of(
            new Text(EscalationCategory.STAFFING, "Late shift two registered nurses short",
                    "Two registered nurses off sick for the late shift; bank and agency requests not filled yet.",
                    "Two bank nurses booked for the late shift; a nurse moved from the day unit for the first hours."),
            new Text(EscalationCategory.STAFFING, "Night shift below safe staffing",
                    "Tonight one registered nurse short of the agreed safe staffing for the number of patients.",
                    "Agency nurse confirmed for the night; site manager will check in at midnight."),
            new Text(EscalationCategory.STAFFING, "No healthcare assistant for enhanced care",
                    "Two patients need one-to-one enhanced care and there is no extra healthcare assistant on the "
                            + "rota.",
                    "Extra healthcare assistant shift approved for the rest of the week."),
            new Text(EscalationCategory.STAFFING, "Weekend rota has gaps",
                    "Saturday and Sunday early shifts each have one registered nurse gap still open.",
                    "Both weekend gaps filled from the bank; rota updated."),
            new Text(EscalationCategory.STAFFING, "Student nurses without a supervisor",
                    "Three students start on Monday and their supervisor is on leave for two weeks.",
                    "Practice education team named a supervisor for each student for the two weeks."),
            new Text(EscalationCategory.BEDS_AND_FLOW, "Four patients medically fit, waiting for care packages",
                    "Four patients ready to leave are waiting for home care to start; beds blocked for admissions.",
                    "Discharge team chased the care providers: two packages start tomorrow, two on Friday."),
            new Text(EscalationCategory.BEDS_AND_FLOW, "Outliers from other specialties",
                    "Three patients from other specialties on the ward with no daily review from their teams.",
                    "Specialty teams agreed a daily review before eleven; bed manager moves them back first."),
            new Text(EscalationCategory.BEDS_AND_FLOW, "Transport delays for discharges",
                    "Patient transport arriving after six in the evening for discharges booked in the morning.",
                    "Transport desk gives the ward a morning slot for planned discharges from Monday."),
            new Text(EscalationCategory.BEDS_AND_FLOW, "Side rooms all in use",
                    "Every side room is in use and two patients who need isolation are waiting in bays.",
                    "Infection team reviewed: one patient stepped down, a side room freed on the next ward."),
            new Text(EscalationCategory.BEDS_AND_FLOW, "Take-home medicines holding up discharges",
                    "Most discharges wait three hours or more for take-home medicines from pharmacy.",
                    "Pharmacy technician on the ward in the mornings to screen take-home medicines early."),
            new Text(EscalationCategory.EQUIPMENT, "Not enough infusion pumps",
                    "Only four working infusion pumps for the ward; two sent for repair last week.",
                    "Two loan pumps delivered from the equipment library; repairs due back on Thursday."),
            new Text(EscalationCategory.EQUIPMENT, "Hoist out of action",
                    "The ward's only mobile hoist failed its check; moving patients safely is slow.",
                    "Replacement hoist on loan today; medical engineering repairs ours this week."),
            new Text(EscalationCategory.EQUIPMENT, "Observation machine keeps losing readings",
                    "One observation machine drops blood pressure readings; staff repeat them by hand.",
                    "Machine swapped by medical engineering; the faulty one is being serviced."),
            new Text(EscalationCategory.ESTATES, "Bay heating not working",
                    "Bay B radiators cold for two days; patients asking for extra blankets.",
                    "Estates replaced the valve; heating back on and checked the next morning."),
            new Text(EscalationCategory.ESTATES, "Leak from the sluice ceiling",
                    "Water dripping from the ceiling in the sluice after rain; bucket in place.",
                    "Roof gutter cleared and ceiling tile replaced; estates will recheck after the next rain."),
            new Text(EscalationCategory.ESTATES, "Nurse call bells failing in one bay",
                    "Call bells in Bay C do not sound at the nurses' station.",
                    "Call system fixed by estates; the ward tested every bell in the bay."),
            new Text(EscalationCategory.IT, "Computers on wheels too slow for the drug round",
                    "Two of the computers on wheels take minutes to open the prescribing system.",
                    "IT replaced the batteries and reimaged both computers."),
            new Text(EscalationCategory.IT, "Ward printer down",
                    "The ward printer has not worked since yesterday; labels printed on the next ward.",
                    "New printer installed and added to every ward computer."),
            new Text(EscalationCategory.IT, "New starters without system log-ins",
                    "Two new nurses cannot sign in to the patient record system in their first week.",
                    "Accounts set up by the IT service desk; smartcards ready at the registration office."),
            new Text(EscalationCategory.SUPPLIES, "Dressing packs running out",
                    "Dressing packs ran out twice this week before the weekly delivery.",
                    "Top-up raised from twice to three times a week; extra stock sent today."),
            new Text(EscalationCategory.SUPPLIES, "Wrong size gloves delivered",
                    "Only large gloves delivered this week; small and medium sizes out of stock.",
                    "Materials team sent small and medium gloves from the central store."),
            new Text(EscalationCategory.SUPPLIES, "Linen short at weekends",
                    "Clean linen runs out by Sunday afternoon.",
                    "Linen service adds a Saturday delivery for the ward."),
            new Text(EscalationCategory.SAFETY, "Falls sensor mats not enough",
                    "Only one falls sensor mat for four patients at high risk of falls.",
                    "Three more sensor mats ordered and one lent by the falls team meanwhile."),
            new Text(EscalationCategory.SAFETY, "Fridge temperature out of range",
                    "Medicines fridge above eight degrees at two checks in a row.",
                    "Pharmacy moved the medicines to a spare fridge; estates replaced the thermostat."),
            new Text(EscalationCategory.SAFETY, "Fire door wedged open by the store room",
                    "The store room fire door does not close on its own and keeps being wedged.",
                    "Estates fitted a hold-open device linked to the fire alarm."),
            new Text(EscalationCategory.OTHER, "Visitors parking for long-stay patients",
                    "Families of long-stay patients struggle with parking charges.",
                    "Reduced-rate parking permits available from the ward clerk for long stays."),
            new Text(EscalationCategory.OTHER, "Interpreter bookings take too long",
                    "Face-to-face interpreters take two days to book for ward rounds.",
                    "Video interpreting set up on the ward tablet for ward rounds; face-to-face for consent."));

    /** Staffing and beds and flow come up most. */
    private static final List<EscalationCategory> WEIGHTED = weighted();

    private static final List<String> RAISERS = List.of("Sister", "Nurse in charge", "Charge nurse", "Ward manager",
            "HCA lead", "Band 6 nurse", "Night sister", "Ward clerk");

    private static final Map<String, String> CSU_MANAGERS = Map.of("surgery", "Surgery CSU manager", "childrens",
            "Children's CSU manager", "cardio-respiratory", "Cardio-respiratory CSU manager");

    /** Guidance when the CSU hands one back: what the ward can do itself. */
    private static final Map<EscalationCategory, String> GUIDANCE = Map.of(
            EscalationCategory.STAFFING, "Please use the bank request form with the shift times; the staffing hub "
                    + "fills those first, and the matron on duty can approve extra shifts without us.",
            EscalationCategory.BEDS_AND_FLOW, "Raise it at the ten o'clock bed meeting with the site team; tell us "
                    + "if it is still stuck after that.",
            EscalationCategory.EQUIPMENT, "Use the loan library on the ground floor for now; their stock list is on "
                    + "the intranet.",
            EscalationCategory.ESTATES, "Log it with the estates helpdesk and put the job number in a comment here; "
                    + "we will chase it if it is not fixed in two days.",
            EscalationCategory.IT, "Log it with the IT service desk and put the reference in a comment here; we will "
                    + "chase it if it is not fixed in two days.",
            EscalationCategory.SUPPLIES, "Order it through the materials team's urgent line; the ward can do that "
                    + "directly.",
            EscalationCategory.SAFETY, "Talk to the matron on duty first; they can act on this straight away.",
            EscalationCategory.OTHER, "The patient experience team handles this; the ward can contact them directly.");

    /** Why the CSU sends one on to the executives. */
    private static final Map<EscalationCategory, String> ESCALATE_REASONS = Map.of(
            EscalationCategory.STAFFING, "Needs the executive on call to agree agency staff above the cap.",
            EscalationCategory.BEDS_AND_FLOW, "Affects several CSUs; needs a trust-wide decision on flow.",
            EscalationCategory.ESTATES, "Estates contract issue the CSU cannot change.");
    private static final String ESCALATE_OTHERWISE = "Needs approval for spending beyond the CSU budget.";

    private static final List<String> UPDATES = List.of(
            "On it: waiting to hear back, expect an answer by tomorrow's huddle.",
            "Asked the team concerned; they will come to the ward this afternoon.",
            "Request placed; will confirm once it is booked.");

    private static final List<String> REOPEN_REASONS = List.of(
            "Fixed for a day and then the same problem came back.",
            "Only half done: the same thing happened again on the late shift.",
            "The answer did not cover the weekend.");

    private static final List<String> WARD_COMMENTS = List.of(
            "Still a problem today.",
            "Managing for now by moving staff between bays.",
            "Discussed again at today's huddle; no change yet.");

    /** One step of a story, in time order. */
    private record Step(Instant at, String action, String actor, Person person, Side side, String typedName,
            String note) {
    }

    /** Managers and executives answer in office hours, except urgent ones on time; wards act by day. */
    private static final LocalTime OFFICE_FROM = LocalTime.of(8, 0);
    private static final LocalTime OFFICE_TO = LocalTime.of(17, 45);
    private static final LocalTime WARD_FROM = LocalTime.of(7, 30);
    private static final LocalTime WARD_TO = LocalTime.of(20, 30);

    private final Random random = new Random(20261129L);
    private final ResponseTargets targets;
    private final Instant now;
    private final ZoneId zone;
    private final Person manager;
    private final Person executive;
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<EscalationEvent> events = new ArrayList<>();

    private DemoEscalations(ResponseTargets targets, Instant now, ZoneId zone) {
        this.targets = targets;
        this.now = now;
        this.zone = zone;
        this.manager = Person.findByUsername("manager").orElseThrow();
        this.executive = Person.findByUsername("executive").orElseThrow();
    }

    /** Persists every demo ward's escalations with their timelines; answers how many. */
    static int create(Map<String, Ward> wards, ResponseTargets targets, Instant now, ZoneId zone) {
        DemoEscalations demo = new DemoEscalations(targets, now, zone);
        int w = 0;
        for (DemoWards.CsuSpec csu : DemoWards.CSUS) {
            for (DemoWards.WardSpec spec : csu.wards()) {
                Ward ward = wards.get(spec.code());
                demo.history(ward);
                demo.openToday(ward, w++);
            }
        }
        return demo.persist();
    }

    /** A weekday brings an escalation about every other huddle; weekends fewer. */
    private void history(Ward ward) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int chance = weekend ? 15 : 45;
            int count = random.nextInt(100) < chance ? (random.nextInt(100) < 15 ? 2 : 1) : 0;
            for (int i = 0; i < count; i++) {
                Text text = pick();
                boolean urgent = random.nextInt(100) < (text.category() == EscalationCategory.SAFETY
                        || text.category() == EscalationCategory.STAFFING ? 30 : 12);
                Instant raised = urgent && random.nextBoolean()
                        ? at(day, LocalTime.of(7 + random.nextInt(14), random.nextInt(60)))
                        : at(day, LocalTime.of(9, 5 + random.nextInt(40)));
                story(ward, text, urgent ? Severity.URGENT : Severity.ROUTINE, raised);
            }
        }
    }

    /**
     * The newest ones, relative to now: raised at this morning's huddle and not yet seen, urgent
     * and not acknowledged for hours (overdue), routine and unanswered since the day before
     * yesterday (overdue), so every start of the demo shows some.
     */
    private void openToday(Ward ward, int index) {
        switch (index % 4) {
            case 0 -> {
                Instant raised = now.minus(Duration.ofMinutes(150 + 20 * index));
                Escalation e = raiseOnly(ward, pick(), Severity.URGENT, raised);
                comment(e, e.raisedAt.plus(Duration.ofMinutes(90)));
            }
            case 1 -> {
                Escalation e = raiseOnly(ward, pick(), Severity.ROUTINE, now.minus(Duration.ofHours(50)));
                acknowledge(e, e.raisedAt.plus(Duration.ofMinutes(40)));
            }
            case 2 -> raiseOnly(ward, pick(), Severity.ROUTINE, now.minus(Duration.ofMinutes(30 + 10 * index)));
            default -> {
                Escalation e = raiseOnly(ward, pick(), Severity.URGENT, now.minus(Duration.ofMinutes(50)));
                acknowledge(e, e.raisedAt.plus(Duration.ofMinutes(25)));
            }
        }
    }

    private Escalation raiseOnly(Ward ward, Text text, Severity severity, Instant raised) {
        Escalation e = escalation(ward, text, severity, raised);
        apply(e, new Step(raised, "raise", tablet(ward), null, Side.WARD, e.raisedBy, null));
        return e;
    }

    private void acknowledge(Escalation e, Instant at) {
        apply(e, tierStep(e, at, EscalationAction.ACKNOWLEDGE, null));
    }

    private void comment(Escalation e, Instant at) {
        apply(e, new Step(at, EscalationAction.COMMENT.id, tablet(e.ward), null, Side.WARD, pick(RAISERS),
                pick(WARD_COMMENTS)));
    }

    /** One escalation's whole story, as far as it has got by now. */
    private void story(Ward ward, Text text, Severity severity, Instant raised) {
        Escalation e = escalation(ward, text, severity, raised);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(raised, "raise", tablet(ward), null, Side.WARD, e.raisedBy, null));
        int fate = random.nextInt(100);
        boolean late = random.nextInt(100) < 14;
        boolean handBack = fate >= 74 && fate < 82;
        boolean escalate = fate >= 82 && fate < 87;
        boolean reopen = !handBack && random.nextInt(100) < 6;
        Instant limit = limit(e);
        Instant ackBy = targets.acknowledgeBy(e);
        long window = Math.max(minutes(raised, limit), 60);

        Instant ack;
        if (late && severity == Severity.URGENT) {
            ack = raised.plus(Duration.ofMinutes(130 + random.nextInt(240)));
        } else {
            long ackWindow = ackBy == null ? window * 3 / 10
                    : Math.min(minutes(raised, ackBy) * 8 / 10, window * 3 / 10);
            ack = raised.plus(Duration.ofMinutes(5 + skewed(Math.max(ackWindow - 5, 1))));
        }
        Instant answer;
        if (late) {
            answer = laterAt(limit, 2, OFFICE_FROM, OFFICE_TO);
        } else if (severity == Severity.URGENT) {
            answer = ack.plus(Duration.ofMinutes(15 + skewed(Math.max(minutes(ack, limit) * 9 / 10 - 15, 1))));
        } else {
            answer = officeHoursBefore(ack, limit);
        }
        boolean acknowledgesFirst = severity == Severity.URGENT || random.nextInt(100) < 80;
        if (acknowledgesFirst || escalate) {
            steps.add(tierStep(e, 2, ack, EscalationAction.ACKNOWLEDGE, null));
        }
        if (!late && random.nextInt(100) < 15 && answer.isAfter(ack.plus(Duration.ofMinutes(40)))) {
            steps.add(new Step(ack.plus(Duration.ofMinutes(20)), EscalationAction.COMMENT.id, tablet(ward), null,
                    Side.WARD, pick(RAISERS), pick(WARD_COMMENTS)));
        }
        int answeringTier = 2;
        if (escalate) {
            Instant up = ack.plus(Duration.ofMinutes(30 + random.nextInt(240)));
            steps.add(tierStep(e, 2, up, EscalationAction.ESCALATE,
                    ESCALATE_REASONS.getOrDefault(text.category(), ESCALATE_OTHERWISE)));
            Instant execAck = laterAt(up.plus(Duration.ofMinutes(20)), 0, OFFICE_FROM, OFFICE_TO);
            steps.add(tierStep(e, 3, execAck, EscalationAction.ACKNOWLEDGE, null));
            long left = minutes(execAck, limit) - 20;
            answer = !late && left > 30 ? execAck.plus(Duration.ofMinutes(10 + skewed(left - 10)))
                    : laterAt(execAck.plus(Duration.ofHours(2)), 1, OFFICE_FROM, OFFICE_TO);
            answeringTier = 3;
            handBack = random.nextInt(4) == 0;
        } else if (!late && severity == Severity.ROUTINE && random.nextInt(100) < 20) {
            // a holding answer before the huddle, the fix days later
            steps.add(tierStep(e, 2, answer, EscalationAction.RESPOND, pick(UPDATES)));
            answer = laterAt(answer.plus(Duration.ofDays(1)), 2, OFFICE_FROM, OFFICE_TO);
        }
        EscalationAction finalAction = handBack ? EscalationAction.HAND_BACK : EscalationAction.RESOLVE;
        steps.add(tierStep(e, answeringTier, answer, finalAction,
                handBack ? GUIDANCE.get(text.category()) : text.answer()));
        if (reopen) {
            Instant back = laterAt(answer.plus(Duration.ofHours(6)), 3, WARD_FROM, WARD_TO);
            steps.add(new Step(back, EscalationAction.REOPEN.id, tablet(ward), null, Side.WARD, pick(RAISERS),
                    pick(REOPEN_REASONS)));
            answer = laterAt(back.plus(Duration.ofHours(1)), 1, OFFICE_FROM, OFFICE_TO);
            steps.add(tierStep(e, answeringTier, answer, EscalationAction.RESOLVE,
                    "Looked at again: " + lowerFirst(text.answer())));
        }
        // The ward closes once it has read the answer; the newest answers are still on the board.
        boolean recent = answer.isAfter(now.minus(Duration.ofDays(6)));
        if (!recent || random.nextInt(100) < 40) {
            Instant closed = laterAt(answer.plus(Duration.ofHours(1)), 2, WARD_FROM, WARD_TO);
            steps.add(new Step(closed, EscalationAction.CLOSE.id, tablet(ward), null, Side.WARD, pick(RAISERS), null));
        }
        steps.sort(Comparator.comparing(Step::at));
        for (Step s : steps) {
            if (s.at().isBefore(now)) {
                apply(e, s);
            }
        }
    }

    private Escalation escalation(Ward ward, Text text, Severity severity, Instant raised) {
        Escalation e = new Escalation();
        e.ward = ward;
        e.title = text.title();
        e.detail = text.detail();
        e.category = text.category();
        e.severity = severity;
        e.raisedBy = random.nextInt(100) < 85 ? pick(RAISERS) : null;
        e.raisedAt = raised;
        e.tier = 2;
        e.state = EscalationState.OPEN;
        escalations.add(e);
        return e;
    }

    /** The first target to answer or resolve by; a day when its severity has none. */
    private Instant limit(Escalation e) {
        Instant answerBy = targets.answerBy(e);
        Instant resolveBy = targets.resolveBy(e);
        Instant limit = answerBy == null ? resolveBy
                : resolveBy == null || answerBy.isBefore(resolveBy) ? answerBy : resolveBy;
        return limit == null ? e.raisedAt.plus(Duration.ofHours(24)) : limit;
    }

    private Step tierStep(Escalation e, Instant at, EscalationAction action, String note) {
        return tierStep(e, e.tier, at, action, note);
    }

    /** A step by the tier that holds it: the CSU's manager (a demo person for Medicine) or the executive. */
    private Step tierStep(Escalation e, int tier, Instant at, EscalationAction action, String note) {
        if (tier >= EscalationAction.TOP_TIER) {
            return new Step(at, action.id, executive.displayName, executive, Side.RECEIVING_TIER, null, note);
        }
        String csu = e.ward.csu.code;
        if (manager.csus.stream().anyMatch(c -> c.code.equals(csu))) {
            return new Step(at, action.id, manager.displayName, manager, Side.RECEIVING_TIER, null, note);
        }
        return new Step(at, action.id, CSU_MANAGERS.getOrDefault(csu, "CSU manager"), null, Side.RECEIVING_TIER, null,
                note);
    }

    /** What {@code EscalationService} does for this step, and its timeline line. */
    private void apply(Escalation e, Step s) {
        if (!s.action().equals("raise")) {
            e.apply(EscalationAction.byId(s.action()), s.person(), s.actor(), s.note(), s.at());
        }
        EscalationEvent event = new EscalationEvent();
        event.escalation = e;
        event.action = s.action();
        event.occurredAt = s.at();
        event.actorName = s.actor();
        event.side = s.side();
        event.typedName = s.typedName();
        event.note = s.note();
        event.tier = e.tier;
        event.state = e.state;
        events.add(event);
    }

    /** Escalations first, then their timelines, in JDBC batches: it runs on the demo's first start. */
    private int persist() {
        Session session = Escalation.getEntityManager().unwrap(Session.class);
        Integer batch = session.getJdbcBatchSize();
        session.setJdbcBatchSize(100);
        try {
            for (Escalation e : escalations) {
                e.persist();
            }
            Escalation.flush();
            for (EscalationEvent ev : events) {
                ev.persist();
            }
            Escalation.flush();
        } finally {
            session.setJdbcBatchSize(batch);
        }
        return escalations.size();
    }

    private static String tablet(Ward ward) {
        return "Ward " + ward.code.replace("ward-", "") + " tablet";
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /**
     * A moment after {@code after}: up to {@code days} days on, between {@code from} and {@code to}
     * of the trust's day.
     */
    private Instant laterAt(Instant after, int days, LocalTime from, LocalTime to) {
        LocalDate day = after.atZone(zone).toLocalDate().plusDays(random.nextInt(days + 1));
        int span = (int) Duration.between(from, to).toMinutes();
        Instant at = at(day, from.plusMinutes(random.nextInt(span)));
        while (!at.isAfter(after)) {
            at = at.plus(Duration.ofDays(1));
        }
        return at;
    }

    /**
     * A routine answer in time for the next huddle ({@code limit}): mostly the same afternoon,
     * else first thing the next morning.
     */
    private Instant officeHoursBefore(Instant ack, Instant limit) {
        Instant from = ack.plus(Duration.ofMinutes(15));
        Instant endOfDay = at(from.atZone(zone).toLocalDate(), OFFICE_TO);
        if (random.nextInt(100) < 75 && from.isBefore(endOfDay)) {
            return from.plus(Duration.ofMinutes(skewed(Math.max(minutes(from, endOfDay), 1))));
        }
        Instant morning = at(limit.atZone(zone).toLocalDate(), LocalTime.of(7, 30));
        Instant latest = limit.minus(Duration.ofMinutes(10));
        if (morning.isAfter(from) && latest.isAfter(morning)) {
            return morning.plus(Duration.ofMinutes(random.nextInt((int) Math.max(minutes(morning, latest), 1))));
        }
        return from.plus(Duration.ofMinutes(skewed(Math.max(minutes(from, limit) * 9 / 10, 1))));
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /** A number of minutes up to {@code max}, mostly small: most answers come early. */
    private long skewed(long max) {
        double u = random.nextDouble();
        return (long) (u * u * max);
    }

    private Text pick() {
        EscalationCategory category = WEIGHTED.get(random.nextInt(WEIGHTED.size()));
        List<Text> texts = CATALOGUE.stream().filter(t -> t.category() == category).toList();
        return texts.get(random.nextInt(texts.size()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static List<EscalationCategory> weighted() {
        List<EscalationCategory> list = new ArrayList<>();
        add(list, EscalationCategory.STAFFING, 28);
        add(list, EscalationCategory.BEDS_AND_FLOW, 24);
        add(list, EscalationCategory.EQUIPMENT, 11);
        add(list, EscalationCategory.ESTATES, 9);
        add(list, EscalationCategory.IT, 9);
        add(list, EscalationCategory.SUPPLIES, 9);
        add(list, EscalationCategory.SAFETY, 6);
        add(list, EscalationCategory.OTHER, 4);
        return List.copyOf(list);
    }

    private static void add(List<EscalationCategory> list, EscalationCategory c, int weight) {
        for (int i = 0; i < weight; i++) {
            list.add(c);
        }
    }
}
