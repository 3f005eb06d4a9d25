package org.huddleboard.demo;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.AuditEvent;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.huddleboard.huddle.Huddle;
import org.huddleboard.huddle.HuddleAction;
import org.huddleboard.huddle.ThanksNote;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo trust's huddles, as a visitor to the demo would judge them: about 91% of days held
 * over the trust, one ward clearly worse, huddles of about ten minutes around each ward's usual
 * time, none running now; open actions (overdue, carried over) and today's thanks on some walls.
 */
@QuarkusTest
class DemoHuddlesTest {

    @Inject
    TrustClock clock;

    @Test
    @Transactional
    void aboutNineInTenDaysHeldOneWardClearlyLower() {
        List<Huddle> all = demoHuddles();
        Map<String, Set<LocalDate>> held = new TreeMap<>();
        all.forEach(h -> held.computeIfAbsent(h.ward.code, k -> new HashSet<>()).add(h.date));
        assertEquals(8, held.size(), "every demo ward");
        int days = held.values().stream().mapToInt(Set::size).sum();
        double share = 100.0 * days / (8 * DemoHuddles.DAYS);
        assertTrue(share >= 85 && share <= 95, share + "% of days held");
        Map<String, Double> byWard = new TreeMap<>();
        held.forEach((ward, d) -> byWard.put(ward, 100.0 * d.size() / DemoHuddles.DAYS));
        String worst = byWard.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double rest = byWard.entrySet().stream().filter(e -> !e.getKey().equals(worst))
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();
        assertTrue(byWard.get(worst) < 80 && byWard.get(worst) + 10 < rest, "one ward clearly lower: " + byWard);
        System.out.printf("%d demo huddles, %.1f%% of days held; by ward %s%n", all.size(), share, byWard);
    }

    @Test
    @Transactional
    void huddlesOfAboutTenMinutesAroundTheWardsTimeNoneRunning() {
        List<Huddle> all = demoHuddles();
        LocalDate today = clock.today();
        assertTrue(all.stream().allMatch(h -> h.endedAt != null), "none in progress");
        assertTrue(all.stream().noneMatch(h -> !h.date.isBefore(today)), "none today: the tablet starts today's");
        assertEquals(0, Huddle.count("endedAt is null and date < ?1", today), "nothing left running from before");
        List<Huddle> ended = all.stream().filter(h -> !h.autoEnded).toList();
        long usual = ended.stream().filter(h -> minutes(h) >= 8 && minutes(h) <= 14).count();
        assertTrue(usual * 100 >= 75 * ended.size(), usual + " of " + ended.size() + " last 8 to 14 minutes");
        long auto = all.size() - ended.size();
        assertTrue(auto >= 3 && auto * 100 < 5 * all.size(), auto + " ended automatically: a few");
        assertTrue(all.stream().allMatch(h -> h.attendance >= 4 && h.attendance <= 12), "4 to 12 people");
        assertTrue(all.stream().allMatch(h -> h.roles.contains("NURSE_IN_CHARGE")), "the nurse in charge leads");
        Map<String, List<Huddle>> byWard = all.stream().collect(Collectors.groupingBy(h -> h.ward.code));
        byWard.forEach((ward, huddles) -> {
            // each day's first huddle: now and then a second, short one follows in the afternoon
            Map<LocalDate, Integer> firsts = new TreeMap<>();
            huddles.forEach(h -> firsts.merge(h.date, start(h).toSecondOfDay() / 60, Math::min));
            List<Integer> starts = firsts.values().stream().sorted().toList();
            int usualTime = starts.get(starts.size() / 2);
            long near = starts.stream().filter(s -> Math.abs(s - usualTime) <= 10).count();
            assertTrue(near * 100 >= 85 * starts.size(), ward + ": " + near + " of " + starts.size()
                    + " within 10 min of " + LocalTime.ofSecondOfDay(usualTime * 60L));
        });
        long notes = all.stream().filter(h -> h.notes != null).count();
        assertTrue(notes > 20 && notes * 4 < all.size(), notes + " with staffing notes");
        for (Huddle h : all) {
            assertTrue(h.facilitator.length() <= 12, "a short name: " + h.facilitator);
            PublicText.check("facilitator", h.facilitator);
            PublicText.check("notes", h.notes);
        }
    }

    @Test
    void theFiguresShowTheSameOnFirstStart() {
        JsonPath ninety = as("executive").get("/api/huddles/figures?days=90").then().statusCode(200).extract()
                .jsonPath();
        JsonPath thirty = as("executive").get("/api/huddles/figures?days=30").then().statusCode(200).extract()
                .jsonPath();
        for (JsonPath f : List.of(thirty, ninety)) {
            int share = f.getInt("trust.sharePercent");
            assertTrue(share >= 85 && share <= 95, share + "% over " + f.getInt("days") + " days");
            float minutes = f.getFloat("trust.medianMinutes");
            assertTrue(minutes >= 9 && minutes <= 13, minutes + " min median");
            List<Integer> shares = f.getList("wards.sharePercent", Integer.class);
            assertTrue(shares.stream().filter(s -> s < 80).count() == 1, "one ward clearly lower: " + shares);
            System.out.printf("%d days: %d%% of ward-days held, median %.1f min, median attendance %.1f; wards %s%n",
                    f.getInt("days"), share, minutes, f.getFloat("trust.medianAttendance"), shares);
        }
    }

    @Test
    @Transactional
    void someWallsShowOpenActionsAndTodaysThanks() {
        LocalDate today = clock.today();
        for (String ward : DemoHuddles.WITH_ACTIONS) {
            JsonPath actions = as("executive").get("/api/wards/" + ward + "/actions").then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(actions.getList("findAll { it.overdue }").size() >= 1, ward + " has an overdue action");
            assertTrue(actions.getList("findAll { it.carriedOver && it.createdOn == '" + today.minusDays(1) + "' }")
                    .size() >= 1, ward + " has one carried over from yesterday");
            assertTrue(actions.getList("$").size() >= 3, ward + " a handful open");
            JsonPath thanks = as("executive").get("/api/wards/" + ward + "/thanks").then().statusCode(200).extract()
                    .jsonPath();
            assertTrue(thanks.getList("$").size() >= 1, ward + " has thanks for today");
        }
        for (HuddleAction a : HuddleAction.<HuddleAction> listAll()) {
            PublicText.check("text", a.text);
            PublicText.check("owner", a.owner);
        }
        for (ThanksNote t : ThanksNote.<ThanksNote> listAll()) {
            PublicText.check("text", t.text);
        }
    }

    private static double minutes(Huddle h) {
        return Duration.between(h.startedAt, h.endedAt).toSeconds() / 60.0;
    }

    private LocalTime start(Huddle h) {
        return h.startedAt.atZone(clock.zone()).toLocalTime();
    }

    /** The demo's huddles: never audited (the API audits every change), from the 120 days before today. */
    private List<Huddle> demoHuddles() {
        Set<String> audited = new HashSet<>(AuditEvent.getEntityManager().createQuery("select distinct a.subject"
                + " from AuditEvent a where a.subject like 'huddle %'", String.class).getResultList());
        LocalDate today = clock.today();
        List<Huddle> out = new ArrayList<>();
        for (Huddle h : Huddle.<Huddle> list("select h from Huddle h join fetch h.ward where h.date >= ?1"
                + " and h.date < ?2", today.minusDays(DemoHuddles.DAYS), today)) {
            if (!audited.contains("huddle " + h.id)) {
                out.add(h);
            }
        }
        return out;
    }
}
