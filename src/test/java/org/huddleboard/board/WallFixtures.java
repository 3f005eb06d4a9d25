package org.huddleboard.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.Escalation;
import org.huddleboard.escalation.EscalationEvent;
import org.huddleboard.idea.Idea;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/**
 * A ward of its own for a wall test, written straight to the database, and taken away with all it
 * holds afterwards: no other test sees it.
 */
@ApplicationScoped
public class WallFixtures {

    @Inject
    TrustClock clock;

    /**
     * A ward in the first CSU with every measure defined, falls as its safety cross, and today's
     * value for every other measure, entered at 08:05 by "AB"; {@code note} on the first entered one.
     */
    @Transactional
    public void wardWithEveryMeasure(String code, String name, String note) {
        Ward ward = new Ward();
        ward.code = code;
        ward.name = name;
        ward.csu = Csu.<Csu> listAll().get(0);
        List<MeasureDefinition> measures = MeasureDefinition.listAll();
        ward.persist();
        LocalDate today = clock.today();
        int order = 0;
        boolean noted = false;
        for (MeasureDefinition m : measures) {
            WardMeasure wm = new WardMeasure();
            wm.ward = ward;
            wm.measure = m;
            wm.sortOrder = order++;
            wm.safetyCross = m.key.equals("falls");
            wm.persist();
            if (order % 2 == 0) {
                continue;
            }
            for (int back = 0; back < 14; back++) {
                MeasureEntry e = new MeasureEntry();
                e.ward = ward;
                e.measure = m;
                e.date = today.minusDays(back);
                e.value = Math.min(m.maxValue, Math.max(m.minValue, m.target + (back % 3) - 1));
                e.enteredBy = "AB";
                e.enteredAt = e.date.atTime(LocalTime.of(8, 5)).atZone(clock.zone()).toInstant();
                if (back == 0 && !noted) {
                    e.note = note;
                    noted = true;
                }
                e.persist();
            }
        }
    }

    /** The ward and everything on it. */
    @Transactional
    public void delete(String code) {
        Ward.findByCode(code).ifPresent(ward -> {
            EscalationEvent.delete("escalation.ward = ?1", ward);
            Escalation.delete("ward", ward);
            Idea.delete("ward", ward);
            MeasureEntry.delete("ward", ward);
            WardMeasure.delete("ward", ward);
            ward.delete();
        });
    }
}
