package org.huddleboard.escalation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.huddleboard.TestAuth;
import org.huddleboard.board.BoardService;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The escalations a ward's board carries: worst first, overdue by the trust clock, answers kept until closed. */
@QuarkusTest
class EscalationSummaryTest {

    private static final String WARD = "ward-43";
    private static final Instant T = Instant.parse("2030-03-12T10:00:00Z"); // 10:00 in London (GMT)

    @Inject
    EscalationFixtures fixtures;
    @Inject
    BoardService boards;
    @Inject
    TrustClock clock;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.setClock(null);
        fixtures.delete(made);
    }

    @Test
    void waitingWorstFirstWithAgeTierOwnerAndOverdueByTheClock() {
        long routine = made(fixtures.waiting(WARD, "Broken hoist in bay 3", Severity.ROUTINE, T.minus(hours(3)), 2, null));
        long urgent = made(fixtures.waiting(WARD, "No oxygen cylinders spare", Severity.URGENT, T.minus(hours(1)), 2, null));
        long late = made(fixtures.waiting(WARD, "Bed manager not answering", Severity.ROUTINE, T.minus(hours(50)), 3,
                "Sr A."));
        long fresh = made(fixtures.waiting(WARD, "Suction unit failed", Severity.URGENT, T.minus(Duration.ofMinutes(30)),
                2, "Demo CSU Manager"));
        at(T);

        EscalationSummary s = summary();
        assertEquals(List.of(late, urgent, fresh, routine), ids(s.waiting()),
                "overdue first, then urgent, then oldest");
        EscalationSummary.Waiting w = s.waiting().get(0);
        assertTrue(w.overdue(), "routine, raised two days ago, not answered by yesterday's huddle");
        assertEquals("not answered by the next day's huddle", w.overdueReason());
        assertEquals("2 days", w.age());
        assertEquals("Tier 3 · Trust", w.tierText());
        assertEquals("Sr A.", w.ownerText());
        EscalationSummary.Waiting u = s.waiting().get(1);
        assertFalse(u.overdue(), "an hour left to acknowledge it");
        assertEquals("1 h", u.age());
        assertEquals("Tier 2 · Cardio-respiratory CSU", u.tierText());
        assertEquals("Not yet acknowledged", u.ownerText());
        assertEquals("under 1 h", s.waiting().get(2).age());
        assertEquals("3 h", s.waiting().get(3).age());
        assertTrue(s.overdue() >= 1);
        assertTrue(s.refreshInSeconds() != null && s.refreshInSeconds() <= 1800,
                "the half-hour-old one turns '1 h' in 30 minutes: " + s.refreshInSeconds());

        at(T.plus(hours(1)).plusSeconds(1));
        s = summary();
        assertEquals(List.of(urgent, late, fresh, routine), ids(s.waiting()),
                "two hours without acknowledgement: urgent and overdue, so first");
        assertTrue(s.waiting().get(0).overdue());
        assertEquals("not acknowledged within 2 hours", s.waiting().get(0).overdueReason());
        assertFalse(s.waiting().get(2).overdue(), "acknowledged in time, 23 hours left to resolve");
    }

    @Test
    void answersStayOnYouSaidWeDidUntilTheWardClosesThem() {
        long resolved = made(fixtures.answered(WARD, "Hoist battery flat", EscalationState.RESOLVED,
                "New battery fitted and a spare ordered", T.minus(hours(30)), T.minus(hours(2))));
        long handedBack = made(fixtures.answered(WARD, "Agency nurse for nights", EscalationState.HANDED_BACK,
                "Use the bank request form first", T.minus(hours(20)), T.minus(hours(1))));
        at(T);
        EscalationSummary s = summary();
        assertEquals(List.of(handedBack, resolved), ids(s.answered()), "the latest answer first");
        EscalationSummary.Answered a = s.answered().get(0);
        assertTrue(a.guidance(), "a hand-back is guidance");
        assertEquals("Use the bank request form first", a.answer());
        assertFalse(s.answered().get(1).guidance());
        assertFalse(ids(s.waiting()).contains(resolved), "answered ones do not wait on a tier");

        at(T.plus(Duration.ofDays(12)));
        assertEquals(List.of(handedBack, resolved), ids(summary().answered()), "kept however long it takes the ward");

        fixtures.close(resolved, T.plus(Duration.ofDays(12)));
        assertEquals(List.of(handedBack), ids(summary().answered()), "gone once the ward closed it");
    }

    @Test
    void theWallShowsThreeItemsKeepingAPlaceForTheLatestAnswer() {
        EscalationSummary.Waiting w = new EscalationSummary.Waiting(1, "t", EscalationCategory.IT, Severity.ROUTINE, 2,
                "Tier 2", null, T, "1 h", false, null);
        EscalationSummary.Answered a = new EscalationSummary.Answered(2, "t", EscalationState.RESOLVED, "done", "m", T);
        EscalationSummary many = new EscalationSummary(0, List.of(w, w, w, w, w, w), List.of(a, a, a, a), null);
        assertEquals(2, many.wallWaiting().size());
        assertEquals(1, many.wallAnswered().size());
        assertEquals(4, many.moreWaiting());
        assertEquals(3, many.moreAnswered());
        EscalationSummary noAnswers = new EscalationSummary(0, List.of(w, w, w, w), List.of(), null);
        assertEquals(3, noAnswers.wallWaiting().size());
        assertEquals(1, noAnswers.moreWaiting());
        EscalationSummary oneOpen = new EscalationSummary(0, List.of(w), List.of(a, a, a), null);
        assertEquals(1, oneOpen.wallWaiting().size());
        assertEquals(2, oneOpen.wallAnswered().size());
        assertEquals(1, oneOpen.moreAnswered());
    }

    @Test
    void agesAreCoarseAndSayWhenTheyNextChange() {
        assertEquals("under 1 h", EscalationSummaries.age(T, T.plusSeconds(3599)));
        assertEquals("1 h", EscalationSummaries.age(T, T.plusSeconds(3600)));
        assertEquals("47 h", EscalationSummaries.age(T, T.plus(hours(48)).minusSeconds(1)));
        assertEquals("2 days", EscalationSummaries.age(T, T.plus(hours(48))));
        assertEquals("3 days", EscalationSummaries.age(T, T.plus(hours(72))));
        assertEquals(T.plus(hours(1)), EscalationSummaries.nextAgeChange(T, T.plusSeconds(10)));
        assertEquals(T.plus(hours(48)), EscalationSummaries.nextAgeChange(T, T.plus(hours(47))));
        assertEquals(T.plus(hours(72)), EscalationSummaries.nextAgeChange(T, T.plus(hours(50))));
    }

    @Test
    void theBoardJsonAndTheLiveRegionCarryTheEscalations() {
        made(fixtures.answered(WARD, "Night porter for the side rooms", EscalationState.HANDED_BACK,
                "Ask the site manager at the 8 pm bed meeting", Instant.now().minus(hours(5)), Instant.now()));
        long id = made(Escalations.raise(WARD, "Drug fridge alarm sounding"));
        String path = "escalations.waiting.find { it.id == " + id + " }";
        TestAuth.as("executive").get("/api/wards/{ward}/board", WARD).then().statusCode(200)
                .body(path + ".title", equalTo("Drug fridge alarm sounding"))
                .body(path + ".tierText", equalTo("Tier 2 · Cardio-respiratory CSU"))
                .body(path + ".age", equalTo("under 1 h"))
                .body(path + ".owner", nullValue())
                .body(path + ".overdue", equalTo(false))
                .body("escalations.answered", notNullValue())
                .body("escalations", not(hasKey("wallWaiting")));
        TestAuth.asDisplay(WARD).get("/wards/{ward}/board/live", WARD).then().statusCode(200)
                .body(containsString("<section id=\"escalations\""))
                .body(containsString("Drug fridge alarm sounding"))
                .body(containsString("<span class=\"answer-label\">Guidance:</span> Ask the site manager at the 8 pm bed meeting"));
    }

    private EscalationSummary summary() {
        EscalationSummary s = boards.snapshot(WARD).orElseThrow().escalations();
        Set<Long> mine = Set.copyOf(made);
        // Other tests' escalations on this ward are left out of the lists compared.
        return new EscalationSummary(s.overdue(), s.waiting().stream().filter(w -> mine.contains(w.id())).toList(),
                s.answered().stream().filter(a -> mine.contains(a.id())).toList(), s.refreshInSeconds());
    }

    private void at(Instant instant) {
        clock.setClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private long made(long id) {
        made.add(id);
        return id;
    }

    private static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    private static List<Long> ids(List<?> items) {
        return items.stream().map(i -> i instanceof EscalationSummary.Waiting w ? w.id()
                : ((EscalationSummary.Answered) i).id()).toList();
    }
}
