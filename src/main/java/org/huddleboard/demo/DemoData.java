package org.huddleboard.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.ResponseTargets;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A fictional trust with 90 days of plausible history, loaded into an empty database when
 * {@code huddle.demo=true}. No real people or patients: wards are numbered, entries are
 * signed "Demo".
 */
@ApplicationScoped
public class DemoData {

    /** How a ward counts some of the demo measures, as the library's how-to-count text shows it. */
    private static final java.util.Map<String, String> HOW_TO_COUNT = java.util.Map.of(
            "falls", "Falls since this time yesterday, from the incident reports and the night handover",
            "hand-hygiene", "Yesterday's observed hand-hygiene audit: moments done right, of moments observed",
            "delayed-discharges", "Patients medically fit to leave who are still on the ward at 08:00");


    static final int HISTORY_DAYS = 90;
    /** The harm measures a demo ward keeps a safety cross for, when they are on its board. */
    static final Set<String> CROSSES = Set.of("falls", "pressure-ulcers", "medication-incidents");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "huddle.demo")
    boolean demo;
    /** A training run (live.TrainingRun) exercises the start on the demo data. */
    @ConfigProperty(name = "huddle.train-and-exit", defaultValue = "false")
    boolean training;
    @Inject
    TrustClock clock;
    @Inject
    ResponseTargets targets;
    @ConfigProperty(name = "huddle.huddles.auto-end-after", defaultValue = "PT1H")
    Duration autoEndAfter;

    void onStart(@Observes StartupEvent start) {
        if (demo || training) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Ward.count() > 0) {
            return;
        }
        Map<String, MeasureDefinition> measures = new HashMap<>();
        for (DemoMeasures.Spec spec : DemoMeasures.SPECS) {
            measures.put(spec.key(), define(spec));
        }
        Random random = new Random(20261127L);
        LocalDate today = clock.today();
        int entries = 0;
        Map<String, Ward> wards = new HashMap<>();
        for (DemoWards.CsuSpec csuSpec : DemoWards.CSUS) {
            Csu csu = new Csu();
            csu.code = csuSpec.code();
            csu.name = csuSpec.name();
            csu.persist();
            for (DemoWards.WardSpec wardSpec : csuSpec.wards()) {
                Ward ward = new Ward();
                ward.code = wardSpec.code();
                ward.name = wardSpec.name();
                ward.csu = csu;
                ward.persist();
                wards.put(ward.code, ward);
                entries += history(ward, wardSpec, measures, random, today);
            }
        }
        DemoPeople.create(clock.now());
        DemoRebases.create(wards, today, clock.zone());
        DemoCommitments.create();
        Ward.flush(); // so that the time below is the cards' own, inserts included
        long start = System.nanoTime();
        int ideas = DemoIdeas.create(wards, measures, today, clock.zone());
        Ward.flush();
        long ideasMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        int escalations = DemoEscalations.create(wards, targets, clock.now(), clock.zone());
        long escalationsMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        DemoHuddles.Made huddles = DemoHuddles.create(wards, today, clock.zone(), autoEndAfter);
        long huddlesMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Demo data loaded: %d CSUs, %d wards, %d measure entries over %d days, %d idea cards (%d ms),"
                + " %d escalations over %d days (%d ms), %d huddles over %d days with %d actions and %d thanks"
                + " (%d ms); people: %s", DemoWards.CSUS.size(), wards.size(), entries, HISTORY_DAYS, ideas,
                ideasMillis, escalations, DemoEscalations.DAYS, escalationsMillis, huddles.huddles(),
                DemoHuddles.DAYS, huddles.actions(), huddles.thanks(), huddlesMillis, DemoPeople.usernames());
    }

    private static MeasureDefinition define(DemoMeasures.Spec spec) {
        MeasureDefinition m = new MeasureDefinition();
        m.key = spec.key();
        m.name = spec.name();
        m.category = spec.category();
        m.unit = spec.unit();
        m.kind = spec.kind();
        m.direction = spec.direction();
        m.target = spec.target();
        m.amberThreshold = spec.amber();
        m.howToCount = HOW_TO_COUNT.get(spec.key());
        m.minValue = spec.min();
        m.maxValue = spec.max();
        m.persist();
        return m;
    }

    private int history(Ward ward, DemoWards.WardSpec spec, Map<String, MeasureDefinition> measures, Random random,
            LocalDate today) {
        int count = 0;
        List<String> keys = spec.measures();
        for (int i = 0; i < keys.size(); i++) {
            MeasureDefinition measure = measures.get(keys.get(i));
            WardMeasure wm = new WardMeasure();
            wm.ward = ward;
            wm.measure = measure;
            wm.sortOrder = i;
            wm.safetyCross = CROSSES.contains(measure.key);
            wm.persist();
            // Morning at the huddle: about two thirds of today's values are in already.
            boolean enteredToday = random.nextInt(3) > 0;
            for (int back = HISTORY_DAYS; back >= (enteredToday ? 0 : 1); back--) {
                LocalDate date = today.minusDays(back);
                double progress = (HISTORY_DAYS - back) / (double) HISTORY_DAYS;
                MeasureEntry e = new MeasureEntry();
                e.ward = ward;
                e.measure = measure;
                e.date = date;
                e.value = DemoMeasures.value(measure, spec.improving().contains(measure.key),
                        DemoMeasures.worsening(ward.code, measure.key), progress, random);
                // Most pressure ulcers on a ward's list came in with the patient: marked so on some days.
                e.presentOnAdmission = e.value > 0 && "pressure-ulcers".equals(measure.key)
                        && date.getDayOfMonth() % 2 == 0;
                e.enteredBy = "Demo";
                e.enteredAt = date.atTime(LocalTime.of(9, 30)).atZone(clock.zone()).toInstant();
                e.persist();
                count++;
            }
        }
        return count;
    }
}
