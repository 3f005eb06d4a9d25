package org.huddleboard.demo;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.AuditEvent;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.huddleboard.escalation.Escalation;
import org.huddleboard.escalation.EscalationCategory;
import org.huddleboard.escalation.EscalationChanges;
import org.huddleboard.escalation.EscalationEvent;
import org.huddleboard.escalation.EscalationState;
import org.huddleboard.escalation.ResponseTargets;
import org.huddleboard.escalation.Severity;
import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo trust's escalations, as a visitor to the demo would judge them: months of them on
 * every ward, mostly answered within target, some late, handed back, sent to the executives or
 * reopened; some open today and some of those overdue; answers waiting on "You said, we did";
 * timelines that tell each one's story; nothing a public board would refuse.
 */
@QuarkusTest
class DemoEscalationsTest {

    @Inject
    TrustClock clock;
    @Inject
    ResponseTargets targets;

    @Test
    @Transactional
    void everyWardHasMonthsOfEscalationsMostlyStaffingAndFlow() {
        List<Escalation> all = demoEscalations();
        assertTrue(all.size() >= 250 && all.size() <= 700, all.size() + " demo escalations");
        Map<String, List<Escalation>> byWard = all.stream().collect(Collectors.groupingBy(e -> e.ward.code));
        Instant now = clock.now();
        for (Ward ward : Ward.<Ward> listAll()) {
            List<Escalation> mine = byWard.getOrDefault(ward.code, List.of());
            assertTrue(mine.size() >= 20, ward.code + " has " + mine.size());
            Instant oldest = mine.stream().map(e -> e.raisedAt).min(Instant::compareTo).orElseThrow();
            assertTrue(oldest.isBefore(now.minus(java.time.Duration.ofDays(100))), ward.code + " goes back months");
        }
        Map<EscalationCategory, Long> byCategory = new EnumMap<>(EscalationCategory.class);
        all.forEach(e -> byCategory.merge(e.category, 1L, Long::sum));
        List<EscalationCategory> mostFirst = byCategory.entrySet().stream()
                .sorted(Map.Entry.<EscalationCategory, Long> comparingByValue().reversed()).map(Map.Entry::getKey)
                .toList();
        assertEquals(Set.of(EscalationCategory.STAFFING, EscalationCategory.BEDS_AND_FLOW),
                Set.copyOf(mostFirst.subList(0, 2)), "staffing and beds and flow most common: " + byCategory);
        assertEquals(EscalationCategory.values().length, byCategory.size(), "every category occurs");
        long urgent = all.stream().filter(e -> e.severity == Severity.URGENT).count();
        assertTrue(urgent * 10 >= all.size() && urgent * 3 < all.size(), urgent + " urgent: some, not most");
        System.out.printf("%d demo escalations, %d urgent, by category %s%n", all.size(), urgent, byCategory);
    }

    @Test
    @Transactional
    void mostAnsweredWithinTargetSomeLateSomeOpenAndOverdue() {
        List<Escalation> all = demoEscalations();
        Instant now = clock.now();
        long within = all.stream().filter(e -> Boolean.TRUE.equals(targets.withinTarget(e, now))).count();
        long late = all.stream().filter(e -> Boolean.FALSE.equals(targets.withinTarget(e, now))).count();
        assertTrue(within * 100 >= 70 * (within + late) && within * 100 <= 95 * (within + late),
                "most within target, some not: " + within + " within, " + late + " late");
        List<Escalation> waiting = all.stream().filter(e -> e.state.waitingOnTier()).toList();
        long overdue = waiting.stream().filter(e -> targets.overdue(e, now)).count();
        assertTrue(waiting.size() >= 6 && waiting.size() <= 40, waiting.size() + " open");
        assertTrue(overdue >= 3 && overdue < waiting.size(), overdue + " of the open ones overdue");
        assertTrue(waiting.stream().anyMatch(e -> clock.dayOf(e.raisedAt).equals(clock.today())
                || e.raisedAt.isAfter(now.minus(java.time.Duration.ofHours(3)))), "one raised this morning");
        List<Escalation> answered = all.stream().filter(e -> e.state.answered()).toList();
        assertTrue(answered.size() >= 8, answered.size() + " on \"You said, we did\"");
        assertTrue(answered.stream().map(e -> e.ward.code).distinct().count() >= 4, "on several wards");
        assertTrue(all.stream().filter(e -> e.state == EscalationState.HANDED_BACK
                || e.state == EscalationState.CLOSED && e.answer != null && handedBack(e)).count() >= 5,
                "some handed back with guidance");
        List<Escalation> toTheTop = all.stream().filter(e -> e.tier == 3 && e.answeredAt != null).toList();
        assertTrue(toTheTop.size() >= 5, toTheTop.size() + " answered by the executives");
        assertTrue(toTheTop.stream().allMatch(e -> "Demo Executive".equals(e.answeredBy)), "by the demo executive");
        assertTrue(all.stream().filter(e -> e.reopenedAt != null).count() >= 5, "some reopened");
        System.out.printf("%d within target, %d late, %d open (%d overdue), %d answered not closed, %d at tier 3%n",
                within, late, waiting.size(), overdue, answered.size(), toTheTop.size());
    }

    @Test
    @Transactional
    void eachTimelineTellsItsStory() {
        Instant now = clock.now();
        Map<Long, List<EscalationEvent>> timelines = EscalationEvent.<EscalationEvent> list(
                "select v from EscalationEvent v join fetch v.escalation order by v.occurredAt, v.id").stream()
                .collect(Collectors.groupingBy(v -> v.escalation.id));
        for (Escalation e : demoEscalations()) {
            String what = e.ward.code + " " + e.title + " of " + e.raisedAt;
            List<EscalationEvent> steps = timelines.get(e.id);
            assertEquals(0, e.version, what + " loaded at version 0");
            assertEquals("raise", steps.get(0).action, what);
            assertEquals(e.raisedAt, steps.get(0).occurredAt, what);
            EscalationEvent last = steps.get(steps.size() - 1);
            assertEquals(e.state, last.state, what + " ends where its timeline does");
            assertEquals(e.tier, last.tier, what);
            assertTrue(last.occurredAt.isBefore(now), what + " nothing in the future");
            assertEquals(first(steps, "acknowledge", "respond", "resolve", "hand-back"), e.acknowledgedAt, what);
            assertEquals(first(steps, "respond", "resolve", "hand-back"), e.answeredAt, what);
            assertEquals(e.state == EscalationState.CLOSED, e.closedAt != null, what + " closed");
            assertEquals(e.state != EscalationState.OPEN && e.state != EscalationState.ACKNOWLEDGED,
                    e.resolvedAt != null, what + " resolved");
            assertEquals(steps.stream().anyMatch(s -> s.action.equals("escalate")), e.tier == 3, what + " tier");
            if (e.state == EscalationState.ACKNOWLEDGED || e.resolvedAt != null) {
                assertNotNull(e.ownerName, what + " owned");
            }
            if (e.ward.csu.code.equals("medicine") && e.tier == 2 && e.ownerName != null) {
                assertEquals("Demo CSU Manager", e.ownerName, what);
                assertNotNull(e.owner, what + " owned by the demo manager");
            }
            if (e.tier == 3 && e.reopenedAt != null || e.state == EscalationState.HANDED_BACK) {
                steps.forEach(s -> System.out.printf("  %s %s %s by %s%s: %s -> %s tier %d%n", e.ward.code,
                        s.occurredAt, s.action, s.actorName, s.typedName == null ? "" : " (" + s.typedName + ")",
                        s.note, s.state, s.tier));
            }
            if (e.reopenedAt == null) {
                assertNull(steps.stream().filter(s -> s.action.equals("reopen")).findFirst().orElse(null), what);
            }
        }
    }

    @Test
    @Transactional
    void noDemoTextFailsThePublicBoardCheck() {
        int texts = 0;
        for (Escalation e : demoEscalations()) {
            for (String t : new String[] { e.title, e.detail, e.raisedBy, e.ownerName, e.answer, e.answeredBy }) {
                if (t != null) {
                    PublicText.check("demo escalation " + e.id, t);
                    texts++;
                }
            }
        }
        for (EscalationEvent v : EscalationEvent.<EscalationEvent> listAll()) {
            for (String t : new String[] { v.actorName, v.typedName, v.note }) {
                if (t != null) {
                    PublicText.check("demo escalation step " + v.id, t);
                    texts++;
                }
            }
        }
        assertTrue(texts > 2000, "checked " + texts + " texts");
    }

    @Test
    void theFiguresMeanSomethingOnFirstStart() {
        JsonPath thirty = as("executive").get("/api/escalations/figures?days=30").then().statusCode(200).extract()
                .jsonPath();
        JsonPath ninety = as("executive").get("/api/escalations/figures?days=90").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(ninety.getInt("total.raised") > 2 * thirty.getInt("total.raised"), "90 days hold more than 30");
        for (JsonPath f : List.of(thirty, ninety)) {
            List<Map<String, Object>> wards = f.getList("wards");
            assertEquals(8, wards.stream().filter(w -> ((Integer) w.get("raised")) > 0).count(), "every demo ward");
            int percent = f.getInt("total.withinTarget.percentWithin");
            assertTrue(percent >= 60 && percent <= 95, percent + "% within target");
            assertTrue(f.getLong("total.acknowledge.medianSeconds") < f.getLong("total.acknowledge.p90Seconds"));
            assertTrue(f.getLong("total.resolve.medianSeconds") < f.getLong("total.resolve.p90Seconds"));
            System.out.printf("%d days: %d raised, %d%% within target, acknowledge %s / %s, resolve %s / %s%n",
                    f.getInt("days"), f.getInt("total.raised"), percent,
                    f.getLong("total.acknowledge.medianSeconds") / 60, f.getLong("total.acknowledge.p90Seconds") / 60,
                    f.getLong("total.resolve.medianSeconds") / 60, f.getLong("total.resolve.p90Seconds") / 60);
        }
    }

    private static boolean handedBack(Escalation e) {
        return EscalationEvent.count("escalation = ?1 and action = 'hand-back'", e) > 0;
    }

    private static Instant first(List<EscalationEvent> steps, String... actions) {
        Set<String> wanted = Set.of(actions);
        return steps.stream().filter(s -> wanted.contains(s.action)).map(s -> s.occurredAt).findFirst().orElse(null);
    }

    /**
     * The escalations the demo loaded: never audited (the API audits every change) and raised
     * before this test run started.
     */
    static List<Escalation> demoEscalations() {
        Set<String> audited = new HashSet<>(AuditEvent.getEntityManager().createQuery("select distinct a.subject"
                + " from AuditEvent a where a.subject like 'escalation %'", String.class).getResultList());
        Instant runStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Escalation.<Escalation> list("select e from Escalation e join fetch e.ward w join fetch w.csu").stream()
                .filter(e -> !audited.contains(EscalationChanges.subject(e.id)) && e.raisedAt.isBefore(runStarted))
                .toList();
    }
}
