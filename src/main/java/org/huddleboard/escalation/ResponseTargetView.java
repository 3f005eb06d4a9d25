package org.huddleboard.escalation;

import java.util.Locale;

/**
 * A severity's targets in force: each as stored ({@code PT2H}, {@code next-huddle}, {@code none})
 * and in words; {@code source} says whether an admin set them ("stored") or they are the
 * configured defaults ("configured", version 0).
 */
public record ResponseTargetView(String severity, String label, String acknowledge, String answer, String resolve,
        String acknowledgeWords, String answerWords, String resolveWords, String source, int version) {

    static ResponseTargetView of(ResponseTargets.InForce t) {
        ResponseTargets.Targets s = t.targets();
        return new ResponseTargetView(t.severity().name().toLowerCase(Locale.ROOT), t.severity().label,
                s.acknowledge().text(), s.answer().text(), s.resolve().text(), s.acknowledge().words(),
                s.answer().words(), s.resolve().words(), t.source(), t.version());
    }
}
