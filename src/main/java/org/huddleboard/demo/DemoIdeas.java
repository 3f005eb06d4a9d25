package org.huddleboard.demo;

import static org.huddleboard.idea.QualityAim.APPROPRIATE_CARE;
import static org.huddleboard.idea.QualityAim.OUTCOMES;
import static org.huddleboard.idea.QualityAim.PATIENT_EXPERIENCE;
import static org.huddleboard.idea.QualityAim.WASTE_OR_COST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.huddleboard.access.Role;
import org.huddleboard.idea.Effect;
import org.huddleboard.idea.Idea;
import org.huddleboard.idea.IdeaColumn;
import org.huddleboard.idea.ImpactCheck;
import org.huddleboard.idea.PdsaNote;
import org.huddleboard.idea.PdsaStage;
import org.huddleboard.idea.QualityAim;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.ward.Ward;

/**
 * Each demo ward's idea board: cards in every column, some overdue, a few proven ideas offered
 * by the lead's wards and adopted elsewhere. Owners are roles or initials, never names; dates lie
 * in the demo history and before today, so nothing is raised in the future. Loaded without audit
 * lines, like the demo measure history, and at version 0.
 */
final class DemoIdeas {

    /** A card's words: what it is, and what it says once implemented or parked. */
    record Text(String title, QualityAim aim, String measure, String problem, String proposal, String changeMade,
            String effect, String parkedReason) {
    }

    private static final List<Text> CATALOGUE = List.of(
            new Text("Drug round tabards", OUTCOMES, "medication-incidents",
                    "The nurse on the drug round is stopped every few minutes with questions.",
                    "Wear a red do-not-disturb tabard on the morning and evening rounds.",
                    "Red tabards kept on the drug trolley and worn on both main rounds.",
                    "Interruptions counted on rounds fell from about twelve to four.",
                    "Infection control asked us to wait for wipe-clean tabards."),
            new Text("Night-time noise check at midnight", PATIENT_EXPERIENCE, "would-recommend",
                    "Patients say the ward is too noisy to sleep after midnight.",
                    "Nurse in charge walks the ward at midnight: lights down, phones on quiet, bins closed softly.",
                    "Midnight quiet round added to the night checklist.",
                    "Comments about noise at night in the feedback cards halved.",
                    "Trust-wide quiet-at-night project starts next month; we will join that instead."),
            new Text("Hand gel at every bed space", OUTCOMES, "hand-hygiene",
                    "Gel dispensers are only at the bay entrances, so staff skip a gel between patients.",
                    "Clip a gel bottle to the end of every bed.",
                    "Gel bottles clipped to every bed end and checked on the morning safety round.",
                    "Hand hygiene audit up from about ninety to ninety-seven per cent.",
                    "Clips did not fit the new beds; estates looking for another fitting."),
            new Text("Observation round reminder on the board", OUTCOMES, "obs-on-time",
                    "Observations due at two-hourly intervals slip when the ward is busy.",
                    "Write the next round time on the bay whiteboard after each round.",
                    "Next obs time written on each bay board; nurse in charge checks at the huddle.",
                    "Observations on time rose to around ninety-two per cent.",
                    "Electronic obs alerts arrive with the new system in spring."),
            new Text("Discharge lounge by eleven", APPROPRIATE_CARE, "discharges-before-noon",
                    "Patients ready to go wait on the ward for transport, holding the bed.",
                    "Move every patient with a confirmed discharge to the lounge by eleven.",
                    "Discharge lounge slot booked at the huddle for each confirmed discharge.",
                    "Beds free before noon on most days; fewer late admissions waiting in the emergency department.",
                    "Discharge lounge closed for refurbishment until further notice."),
            new Text("TTO medicines ordered the day before", APPROPRIATE_CARE, "delayed-discharges",
                    "Take-home medicines are ordered on the day of discharge and arrive late.",
                    "Order take-home medicines at the afternoon board round for tomorrow's discharges.",
                    "Take-home medicines ordered at the afternoon board round.",
                    "Fewer discharges delayed by pharmacy; most ready by ten.",
                    "Pharmacy cannot take next-day orders until the new rota."),
            new Text("Red tray for patients needing help to eat", OUTCOMES, null,
                    "It is not clear at mealtimes which patients need help with eating.",
                    "Serve meals on a red tray to patients who need help.",
                    "Red trays in use at every meal; housekeepers flag them to the nurse in the bay.",
                    "No missed assisted meals in the month after starting.",
                    "Kitchen could not supply red trays this quarter."),
            new Text("Buddy system for new starters", APPROPRIATE_CARE, "staff-sickness",
                    "New staff say their first weeks are lonely and they do not know who to ask.",
                    "Pair each new starter with a named buddy for their first four weeks.",
                    "Buddy named on the rota for every new starter.",
                    "New starters rate their induction better; none left in the first three months.",
                    "Practice education team is launching a trust-wide scheme."),
            new Text("Bay-based nursing on nights", APPROPRIATE_CARE, null,
                    "Nurses on nights cover patients spread across the ward and walk a long way.",
                    "Allocate each night nurse whole bays instead of scattered beds.",
                    "Night allocation by bay, agreed at the evening huddle.",
                    "Call bells answered faster; night staff say the shift feels calmer.",
                    "Too few registered nurses on nights to cover every bay."),
            new Text("Patient call bell in reach check", OUTCOMES, "falls",
                    "Patients try to get up alone when the call bell has slipped out of reach.",
                    "Add a call-bell-in-reach check to every comfort round.",
                    "Call bell check added to the comfort round sheet.",
                    "Unwitnessed falls by the bed fewer than before.",
                    "Already covered by the new comfort round sheet."),
            new Text("Huddle at the board, not the desk", APPROPRIATE_CARE, null,
                    "The huddle at the nurses' station gets interrupted by phones and relatives.",
                    "Hold the huddle standing at the board in the corridor, ten minutes, same time daily.",
                    "Huddle moved to the board at ten past nine, ten minutes sharp.",
                    "Huddles finish on time; more staff join in.",
                    "Corridor too narrow while the building work lasts."),
            new Text("Equipment loan book", WASTE_OR_COST, null,
                    "Pumps and monitors lent to other wards do not come back.",
                    "Sign equipment out and in with a loan book at the desk.",
                    "Loan book at the desk, checked at the Monday huddle.",
                    "No equipment lost in two months; no emergency hire needed.",
                    "Medical engineering tracking tags will do this for us."),
            new Text("Stock top-up list by the store room", WASTE_OR_COST, null,
                    "Dressings run out at weekends while other items are overstocked and expire.",
                    "A top-up list on the store room door with the usual quantity of each item.",
                    "Top-up list with par levels on the store room door; HCA team checks it daily.",
                    "No weekend stock-outs; fewer expired packs thrown away.",
                    "Materials management are bringing in a top-up service."),
            new Text("Turn off computers on wheels overnight", WASTE_OR_COST, null,
                    "Computers on wheels are left on and their batteries wear out.",
                    "Plug in and shut down the spare computers at the night handover.",
                    "Spare computers shut down and charged at night handover.",
                    "No flat batteries on the morning round; two fewer battery replacements.",
                    "IT need the computers on overnight for updates."),
            new Text("Reusable sharps trays", WASTE_OR_COST, null,
                    "Single-use cardboard trays are thrown away after every cannula.",
                    "Use washable trays for cannulation and bloods.",
                    "Washable trays in the treatment room; cleaned in the sluice.",
                    "About two hundred cardboard trays a month saved.",
                    "Infection control want a cleaning audit first."),
            new Text("Whiteboard of expected discharges", APPROPRIATE_CARE, "discharges-before-noon",
                    "Nobody knows until late morning who is likely to go home today.",
                    "List tomorrow's likely discharges on the board after the afternoon round.",
                    "Expected discharges board updated after every afternoon round.",
                    "Transport and medicines ready earlier for most discharges.",
                    "Bed management system now shows expected discharges."),
            new Text("Quiet room for staff breaks", APPROPRIATE_CARE, "staff-sickness",
                    "Staff take breaks at the desk and never really stop.",
                    "Turn the old office into a quiet room for breaks.",
                    "Old office cleared and made into a break room with a kettle.",
                    "Staff say they take their breaks; fewer short-notice sick days.",
                    "Room needed for the new therapy team."),
            new Text("Family board in each bay", PATIENT_EXPERIENCE, "would-recommend",
                    "Relatives do not know who is looking after their family member today.",
                    "A small board in each bay with the nurse and healthcare assistant on duty by role.",
                    "Bay boards showing who is on duty by role, updated at each handover.",
                    "Fewer calls to the desk asking who the nurse is.",
                    "Waiting for the new bay signs from estates."),
            new Text("Welcome pack for patients", PATIENT_EXPERIENCE, "would-recommend",
                    "New patients do not know meal times, visiting or how to reach the nurse.",
                    "A one-page welcome sheet at every bed.",
                    "Welcome sheet at every bed, refreshed on cleaning.",
                    "Friends and family comments about not being told things dropped.",
                    "Communications team is writing a trust welcome leaflet."),
            new Text("Safety brief at shift start", OUTCOMES, "falls",
                    "Risks such as confused patients or broken equipment are missed at handover.",
                    "A two-minute safety brief at the start of every shift.",
                    "Two-minute safety brief at the start of each shift, with a prompt card.",
                    "Staff report fewer surprises during the shift.",
                    "Merged into the handover redesign."),
            new Text("Agency induction card", APPROPRIATE_CARE, "agency-shifts",
                    "Agency staff lose time finding things on an unfamiliar ward.",
                    "A pocket card with the ward layout, codes and who to ask.",
                    "Induction card given to every agency and bank nurse at the start of the shift.",
                    "Agency staff rate the ward better and more rebook with us.",
                    "Staffing office is producing one for every ward."),
            new Text("Weekend therapy plan", APPROPRIATE_CARE, "length-of-stay",
                    "Patients wait over the weekend for physiotherapy before going home.",
                    "Plan weekend therapy goals on Friday for every patient close to discharge.",
                    "Friday therapy plans written for patients near discharge.",
                    "More Saturday and Sunday discharges.",
                    "No weekend therapy cover this quarter."),
            new Text("Linen trolley stocked at night", WASTE_OR_COST, null,
                    "The morning team spends time hunting for sheets and gowns.",
                    "Night team restocks the linen trolley before handover.",
                    "Linen trolley restocked by the night team.",
                    "Morning care starts sooner; less linen hoarded in bays.",
                    "Linen deliveries now arrive in the morning."),
            new Text("Blood test bundle before the ward round", APPROPRIATE_CARE, "length-of-stay",
                    "Results are not back when the doctors review patients.",
                    "Take morning bloods by seven so results are back for the round.",
                    "Phlebotomy round starts at half six for patients on the round list.",
                    "Most results ready for the ward round; fewer decisions put off.",
                    "Phlebotomy team cannot start earlier."),
            new Text("Intentional rounding sheet at the bedside", OUTCOMES, "pressure-ulcers",
                    "Repositioning is done but the record is kept at the desk and falls behind.",
                    "Keep the rounding sheet at the bedside and fill it in at the time.",
                    "Rounding sheets at each bed in a clear wallet.",
                    "Repositioning recorded on time; no new pressure damage last month.",
                    "Electronic rounding record coming with the new system."),
            new Text("Cancelled theatre slot swap list", APPROPRIATE_CARE, "cancelled-operations",
                    "When a case is cancelled the slot goes unused.",
                    "Keep a list of patients ready to come in at short notice.",
                    "Short-notice list kept by the ward clerk and shared with theatres each morning.",
                    "Fewer empty theatre slots after cancellations.",
                    "Theatre scheduling team is taking this on."),
            new Text("Mouth care at the evening round", OUTCOMES, null,
                    "Mouth care is missed for patients who cannot do it themselves.",
                    "Add mouth care to the evening comfort round.",
                    "Mouth care prompt on the evening round sheet.",
                    "Mouth care recorded for nearly every patient who needs help.",
                    "Dental team starting a trust-wide mouth care audit."),
            new Text("Visiting time card", PATIENT_EXPERIENCE, null,
                    "Relatives arrive during protected times and ward rounds.",
                    "A small card for relatives with the best times to visit and call.",
                    "Visiting time card handed out on admission.",
                    "Fewer visits during rounds; families feel better informed.",
                    "Trust visiting policy under review."),
            new Text("Shared drive for ward rotas", WASTE_OR_COST, "agency-shifts",
                    "Gaps on the rota are found late and filled by agency at short notice.",
                    "Put the rota on the shared drive and check gaps at the Monday huddle.",
                    "Rota gaps reviewed every Monday at the huddle.",
                    "Gaps found earlier and more filled by our own bank staff.",
                    "E-rostering roll-out covers this."),
            new Text("Tea round for relatives", PATIENT_EXPERIENCE, "would-recommend",
                    "Relatives sitting with very unwell patients go hours without a drink.",
                    "Offer relatives a drink on the afternoon tea round.",
                    "Relatives offered drinks on the tea round.",
                    "Thank-you cards mention it; complaints about waiting down.",
                    "Catering budget does not stretch to it this year."),
            new Text("Oxygen cylinder check at handover", OUTCOMES, null,
                    "Portable oxygen cylinders are found empty when needed for transfers.",
                    "Check and swap cylinders at the morning handover.",
                    "Cylinder check added to the morning handover list.",
                    "No empty cylinders found on transfers since.",
                    "Piped oxygen points now at every bed space."),
            new Text("Single supplies order each week", WASTE_OR_COST, null,
                    "Several people order supplies, so some items are ordered twice.",
                    "One person orders once a week from a checked list.",
                    "Weekly order placed by the ward clerk from the top-up list.",
                    "Duplicate orders stopped; store room tidier.",
                    "Procurement moving every ward to a top-up service."),
            new Text("Handover at the bedside", APPROPRIATE_CARE, null,
                    "Handover in the office misses what patients could tell us themselves.",
                    "Hand over at the bedside with the patient, keeping private details for the office.",
                    "Bedside handover on the day shift, office handover for private details.",
                    "Patients say they know their plan for the day.",
                    "Too noisy in the bays while the building work lasts."),
            new Text("Footwear check for patients at risk of falls", OUTCOMES, "falls",
                    "Patients walk in socks or loose slippers and slip.",
                    "Check footwear on admission and offer non-slip socks.",
                    "Footwear checked on admission; non-slip socks in the admission packs.",
                    "Falls while walking to the toilet fewer.",
                    "Non-slip socks out of stock trust-wide."),
            new Text("Pump maintenance date sticker", OUTCOMES, "medication-incidents",
                    "Infusion pumps past their service date are still in use.",
                    "Stick the next service date on each pump and check it weekly.",
                    "Service date stickers on every pump; checked each Monday.",
                    "No pumps overdue for service found at the last audit.",
                    "Medical engineering tracks this centrally now."));

    private static final List<String> OWNERS = List.of("Sr K.", "HCA team", "Charge nurse B.", "Sr M.",
            "Pharmacy tech", "Physio J.", "Ward clerk", "Staff nurse T.", "Practice educator", "Night team",
            "Sr A.", "Housekeeper");
    private static final List<String> RAISERS = List.of("Staff nurse", "HCA team", "Sr K.", "Physio", "Ward clerk",
            "Night team", "Student nurse", "Pharmacy tech", "Housekeeper", "OT", "F1 doctor", "Bank nurse");

    private static final Map<PdsaStage, List<String>> NOTES = Map.of(
            PdsaStage.PLAN, List.of("Trial on the day shift for two weeks; briefed at the huddle.",
                    "Agreed to try it in bay A first and count how often it works.",
                    "Plan: start Monday, ask the night team to keep a tally."),
            PdsaStage.DO, List.of("Started on days; night staff told at handover.",
                    "Running in bay A; two shifts forgot, reminder put on the board.",
                    "First week done; tally sheet by the desk."),
            PdsaStage.STUDY, List.of("Tally shows it works most shifts; weekends are harder.",
                    "Fewer problems reported at the huddle than before the test.",
                    "Staff like it; it adds about five minutes to the round."),
            PdsaStage.ACT, List.of("Adapt: add a prompt to the handover sheet and run another week.",
                    "Adopt in bay A; extend to the whole ward next week.",
                    "Adapt: move the check to the start of the shift."));

    private static final PdsaStage[] STAGES = PdsaStage.values();

    private final Random random = new Random(20261128L);
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<String, MeasureDefinition> measures;
    private final String lead = DemoPeople.PEOPLE.stream().filter(p -> p.role() == Role.LEAD).findFirst()
            .orElseThrow().displayName();
    private int cards;

    private DemoIdeas(LocalDate today, ZoneId zone, Map<String, MeasureDefinition> measures) {
        this.today = today;
        this.zone = zone;
        this.measures = measures;
    }

    /** Persists every ward's cards; {@code wards} by code, in the order the trust lists them. */
    static int create(Map<String, Ward> wards, Map<String, MeasureDefinition> measures, LocalDate today,
            ZoneId zone) {
        DemoIdeas demo = new DemoIdeas(today, zone, measures);
        for (DemoWards.CsuSpec csu : DemoWards.CSUS) {
            for (DemoWards.WardSpec spec : csu.wards()) {
                demo.board(wards.get(spec.code()), spec);
            }
        }
        demo.spread(wards);
        return demo.cards;
    }

    /** A ward's own cards: one in each column first, then a mix weighted towards work in progress. */
    private void board(Ward ward, DemoWards.WardSpec spec) {
        List<Text> texts = new ArrayList<>(CATALOGUE);
        Collections.shuffle(texts, random);
        int count = 12 + random.nextInt(17);
        IdeaColumn[] columns = IdeaColumn.values();
        for (int i = 0; i < count; i++) {
            IdeaColumn column = i < columns.length ? columns[i] : weighted();
            card(ward, spec, texts.get(i), column, i == 0);
        }
    }

    private IdeaColumn weighted() {
        int n = random.nextInt(100);
        return n < 30 ? IdeaColumn.NEW
                : n < 55 ? IdeaColumn.TESTING
                        : n < 75 ? IdeaColumn.IMPLEMENTED : n < 87 ? IdeaColumn.CELEBRATED : IdeaColumn.PARKED;
    }

    private void card(Ward ward, DemoWards.WardSpec spec, Text text, IdeaColumn column, boolean overdue) {
        Idea idea = base(ward, text,
                text.measure() != null && spec.measures().contains(text.measure()) ? text.measure() : null);
        switch (column) {
            case NEW -> {
                int raised = between(1, 30);
                idea.raisedOn = daysAgo(raised);
                if (overdue || random.nextInt(10) < 6) {
                    idea.owner = pick(OWNERS);
                    idea.dueDate = overdue ? daysAgo(between(1, Math.max(1, raised - 1)))
                            : later(idea.raisedOn.plusDays(7), today.plusDays(between(-5, 28)));
                }
                idea.column = IdeaColumn.NEW;
                idea.movedAt = at(raised);
                if (text.aim().needsImpactCheck() && random.nextBoolean()) {
                    idea.impact = check(raised, false);
                }
            }
            case TESTING -> {
                int raised = between(20, 80);
                int testing = raised - between(3, 12);
                idea.raisedOn = daysAgo(raised);
                idea.owner = pick(OWNERS);
                idea.dueDate = later(daysAgo(testing).plusDays(7), today.plusDays(between(-8, 35)));
                cleared(idea, testing);
                idea.column = IdeaColumn.TESTING;
                idea.movedAt = at(testing);
                notes(idea, testing, 1, 1 + between(1, 4));
            }
            case IMPLEMENTED, CELEBRATED -> {
                int raised = between(50, 89);
                int testing = raised - between(3, 10);
                int implemented = Math.max(column == IdeaColumn.CELEBRATED ? 4 : 1, testing - between(14, 40));
                idea.raisedOn = daysAgo(raised);
                idea.owner = pick(OWNERS);
                idea.dueDate = daysAgo(implemented).plusDays(between(0, 7));
                cleared(idea, testing);
                notes(idea, testing, implemented, between(2, 4));
                idea.column = IdeaColumn.IMPLEMENTED;
                idea.changeMade = text.changeMade();
                idea.effect = text.effect();
                idea.implementedOn = daysAgo(implemented);
                idea.movedAt = at(implemented);
                if (column == IdeaColumn.CELEBRATED) {
                    int celebrated = Math.max(1, implemented - between(3, 14));
                    idea.column = IdeaColumn.CELEBRATED;
                    idea.celebratedOn = daysAgo(celebrated);
                    idea.movedAt = at(celebrated);
                }
            }
            case PARKED -> {
                int raised = between(10, 85);
                int parked = Math.max(1, raised - between(2, 20));
                idea.raisedOn = daysAgo(raised);
                idea.column = IdeaColumn.PARKED;
                idea.parkedReason = text.parkedReason();
                idea.movedAt = at(parked);
            }
        }
        idea.createdAt = at(Math.toIntExact(today.toEpochDay() - idea.raisedOn.toEpochDay()));
        idea.persist();
        cards++;
        flushNotes();
    }

    private Idea base(Ward ward, Text text, String measure) {
        Idea idea = new Idea();
        idea.ward = ward;
        idea.title = text.title();
        idea.problem = text.problem();
        idea.proposal = text.proposal();
        idea.raisedBy = random.nextInt(5) == 0 ? null : pick(RAISERS);
        idea.qualityAim = text.aim();
        idea.measure = measure == null ? null : measures.get(measure);
        return idea;
    }

    /** An idea that removes waste or cost left New only with its impact check cleared. */
    private void cleared(Idea idea, int testingDaysAgo) {
        if (idea.qualityAim.needsImpactCheck()) {
            idea.impact = check(testingDaysAgo + 1, false);
        }
    }

    private ImpactCheck check(int daysAgo, boolean negative) {
        ImpactCheck c = new ImpactCheck();
        c.safety = Effect.NONE;
        c.safetyNote = "No change to how care is given or checked.";
        c.effectiveness = random.nextBoolean() ? Effect.NONE : Effect.POSITIVE;
        c.effectivenessNote = c.effectiveness == Effect.NONE ? "Treatment and timings stay the same."
                : "Staff time saved goes back to patient care.";
        c.experience = negative ? Effect.NEGATIVE : Effect.NONE;
        c.experienceNote = negative ? "Some patients may wait a little longer in the morning."
                : "Patients should notice no difference.";
        c.checkedBy = pick(OWNERS);
        c.checkedAt = at(daysAgo);
        return c;
    }

    /** Dated PDSA notes between the day testing began and the day it ended, in cycle order. */
    private void notes(Idea idea, int fromDaysAgo, int toDaysAgo, int count) {
        int span = Math.max(1, fromDaysAgo - toDaysAgo);
        for (int i = 0; i < count; i++) {
            PdsaStage stage = STAGES[i % STAGES.length];
            PdsaNote note = new PdsaNote();
            note.idea = idea;
            note.stage = stage;
            int back = Math.max(toDaysAgo, fromDaysAgo - span * i / Math.max(1, count));
            note.notedOn = daysAgo(back);
            note.note = pick(NOTES.get(stage));
            note.writtenBy = idea.owner;
            note.createdAt = at(back);
            pendingNotes.add(note);
        }
    }

    // Notes refer to their card, so they are persisted once the card is.
    private final List<PdsaNote> pendingNotes = new ArrayList<>();

    private void flushNotes() {
        pendingNotes.forEach(n -> n.persist());
        pendingNotes.clear();
    }

    /**
     * The lead's wards' proven ideas, offered to the trust and adopted by other wards, and the
     * waste-cutting ideas whose impact checks show both kinds of outcome.
     */
    private void spread(Map<String, Ward> wards) {
        Idea bell = proven(wards.get("ward-12"), new Text("Protected mealtimes bell", PATIENT_EXPERIENCE, null,
                "Ward rounds, tests and phone calls interrupt patients while they eat.",
                "Ring a hand bell at the start of each meal: thirty minutes with no routine tasks in the bays.",
                "Bell rung at twelve and five; routine tasks and rounds held until it rings again.",
                "Patients finish more of their meals; fewer meals taken away untouched.", null), 70, 40, 20,
                "Meals eaten in full rose by about a fifth with a bell and thirty quiet minutes.", 15);
        adopt(bell, wards.get("ward-21"), IdeaColumn.TESTING, 12);
        adopt(bell, wards.get("ward-33"), IdeaColumn.NEW, 6);
        adopt(bell, wards.get("ward-41"), IdeaColumn.TESTING, 10);

        Idea checklist = proven(wards.get("ward-12"), new Text("Pre-filled discharge checklist", APPROPRIATE_CARE,
                "discharges-before-noon",
                "Discharge paperwork is started on the morning of discharge, so patients leave after noon.",
                "Start a discharge checklist on admission and fill it in as each step is done.",
                "Checklist in every admission pack; the nurse in charge reviews it at the afternoon huddle.",
                "More patients ready to leave before noon; fewer calls chasing transport.", null), 85, 55, 0,
                "Discharges before noon up by a quarter once the checklist starts on admission.", 30);
        adopt(checklist, wards.get("ward-43"), IdeaColumn.TESTING, 25);
        adopt(checklist, wards.get("ward-23"), IdeaColumn.NEW, 4);

        Idea mats = proven(wards.get("ward-14"), new Text("Falls sensor mat sign-out sheet", OUTCOMES, "falls",
                "Sensor mats go missing between bays, so a patient at risk of falling is left without one.",
                "Sign sensor mats out to a bed space on a sheet at the desk, checked at each huddle.",
                "Sign-out sheet at the desk; the huddle checks every mat is where the sheet says.",
                "Every patient needing a mat had one at the weekly check; no mats lost.", null), 80, 50, 30,
                "No sensor mats lost in two months, and every patient at risk had one.", 25);
        adopt(mats, wards.get("ward-23"), IdeaColumn.TESTING, 18);
        adopt(mats, wards.get("ward-41"), IdeaColumn.NEW, 5);
        adopt(mats, wards.get("ward-12"), IdeaColumn.NEW, 3);

        // Ward 14's medicines-recycled measure improves two thirds of the way through the history.
        proven(wards.get("ward-14"), new Text("Return unused medicines to pharmacy daily",
                WASTE_OR_COST, "medicines-recycled",
                "Patients' own and ward stock medicines are thrown away when they could be reused.",
                "Collect unused, sealed medicines in a green box and send it to pharmacy every afternoon.",
                "Green returns box in the treatment room, sent to pharmacy at the two o'clock collection.",
                "Medicines recycled correctly rose from about sixty to eighty per cent.", null), 60, 36, 0, null, 0);

        Text linenText = new Text("One linen change round per shift", WASTE_OR_COST, null,
                "Beds are changed piecemeal all day, with linen carried back and forth many times.",
                "Change all beds that need it in one round after breakfast, with a full trolley.",
                null, null, null);
        Idea linen = base(wards.get("ward-14"), linenText, null);
        linen.raisedOn = daysAgo(30);
        linen.owner = "HCA team";
        linen.dueDate = daysAgo(5);
        linen.impact = check(22, true);
        linen.impact.signedOffBy = lead;
        linen.impact.signedOffAt = at(21);
        linen.column = IdeaColumn.TESTING;
        linen.movedAt = at(20);
        linen.createdAt = at(30);
        linen.persist();
        cards++;
        notes(linen, 20, 1, 3);
        flushNotes();
    }

    /** A proven card from raised to implemented (and celebrated, if {@code celebratedDaysAgo} > 0). */
    private Idea proven(Ward ward, Text text, int raisedDaysAgo, int implementedDaysAgo, int celebratedDaysAgo,
            String offer, int offeredDaysAgo) {
        Idea idea = base(ward, text, text.measure());
        int testing = raisedDaysAgo - 5;
        idea.raisedOn = daysAgo(raisedDaysAgo);
        idea.owner = pick(OWNERS);
        idea.dueDate = daysAgo(implementedDaysAgo);
        if (text.aim().needsImpactCheck()) {
            idea.impact = check(testing + 1, false);
        }
        idea.column = celebratedDaysAgo > 0 ? IdeaColumn.CELEBRATED : IdeaColumn.IMPLEMENTED;
        idea.changeMade = text.changeMade();
        idea.effect = text.effect();
        idea.implementedOn = daysAgo(implementedDaysAgo);
        idea.celebratedOn = celebratedDaysAgo > 0 ? daysAgo(celebratedDaysAgo) : null;
        idea.movedAt = at(celebratedDaysAgo > 0 ? celebratedDaysAgo : implementedDaysAgo);
        idea.createdAt = at(raisedDaysAgo);
        if (offer != null) { // set before persisting: a demo card stays at version 0
            idea.offerSummary = offer;
            idea.offeredBy = lead;
            idea.offeredAt = at(offeredDaysAgo);
        }
        idea.persist();
        cards++;
        notes(idea, testing, implementedDaysAgo, 4);
        flushNotes();
        return idea;
    }

    /** A linked card on another ward, copied from the offered one, raised some days after the offer. */
    private void adopt(Idea from, Ward ward, IdeaColumn column, int raisedDaysAgo) {
        Idea idea = new Idea();
        idea.ward = ward;
        idea.title = from.title;
        idea.problem = from.problem;
        idea.proposal = from.proposal;
        idea.qualityAim = from.qualityAim;
        idea.raisedBy = pick(RAISERS);
        idea.raisedOn = daysAgo(raisedDaysAgo);
        idea.adoptedFrom = from;
        idea.column = column;
        idea.createdAt = at(raisedDaysAgo);
        idea.movedAt = idea.createdAt;
        if (column == IdeaColumn.TESTING) {
            int testing = raisedDaysAgo - 2;
            idea.owner = pick(OWNERS);
            idea.dueDate = daysAgo(testing).plusDays(21);
            idea.movedAt = at(testing);
            notes(idea, testing, 1, 2);
        }
        idea.persist();
        cards++;
        flushNotes();
    }

    /** Most due dates lie ahead: a board where nearly everything is late would not be believed. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    /** A moment during the morning huddle that many days ago: never later than yesterday. */
    private Instant at(int daysAgo) {
        return daysAgo(Math.max(1, daysAgo)).atTime(LocalTime.of(9, 10 + random.nextInt(40))).atZone(zone)
                .toInstant();
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
