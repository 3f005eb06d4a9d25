package org.huddleboard.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Device;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/**
 * A ward of its own for the safety-cross tests, written straight to the database and taken away
 * with all it holds afterwards: falls and pressure ulcers with a cross each, hand hygiene without.
 */
@ApplicationScoped
public class CrossFixtures {

    static final List<String> MEASURES = List.of("falls", "pressure-ulcers", "hand-hygiene");
    static final List<String> CROSSES = List.of("falls", "pressure-ulcers");

    @Inject
    TrustClock clock;

    @Transactional
    public void ward(String code) {
        delete(code);
        Ward ward = new Ward();
        ward.code = code;
        ward.name = "Cross test ward";
        ward.csu = Csu.<Csu> listAll().get(0);
        ward.persist();
        int order = 0;
        for (String key : MEASURES) {
            WardMeasure wm = new WardMeasure();
            wm.ward = ward;
            wm.measure = MeasureDefinition.findByKey(key).orElseThrow();
            wm.sortOrder = order++;
            wm.safetyCross = CROSSES.contains(key);
            wm.persist();
        }
    }

    /** A value written as if entered on that day at 08:05. */
    @Transactional
    public void entry(String code, String key, LocalDate date, double value, boolean presentOnAdmission) {
        Ward ward = Ward.findByCode(code).orElseThrow();
        MeasureDefinition measure = MeasureDefinition.findByKey(key).orElseThrow();
        MeasureEntry e = MeasureEntry.findFor(ward, measure, date).orElseGet(MeasureEntry::new);
        e.ward = ward;
        e.measure = measure;
        e.date = date;
        e.value = value;
        e.presentOnAdmission = presentOnAdmission;
        e.enteredBy = "CT";
        e.enteredAt = date.atTime(LocalTime.of(8, 5)).atZone(clock.zone()).toInstant();
        e.persist();
    }

    /** The ward, its devices and everything on it. */
    @Transactional
    public void delete(String code) {
        Ward.findByCode(code).ifPresent(ward -> {
            Device.delete("ward", ward);
            MeasureEntry.delete("ward", ward);
            WardMeasure.delete("ward", ward);
            ward.delete();
        });
    }
}
