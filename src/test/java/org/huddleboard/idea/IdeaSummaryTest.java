package org.huddleboard.idea;

import static org.huddleboard.TestAuth.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.huddleboard.board.BoardService;
import org.huddleboard.common.TrustClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The ideas part of a ward's board: what the wall screen shows of the idea board. The board is
 * read as it would be at a moment in 2030, so the ward's own (demo) cards are all older than
 * the test's and the test's come first wherever newest comes first.
 */
@QuarkusTest
class IdeaSummaryTest {

    private static final String WARD = "ward-23";
    private static final Instant BASE = Instant.parse("2030-06-01T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2030-06-10");

    @Inject
    IdeaFixtures fixtures;
    @Inject
    BoardService boards;
    @Inject
    TrustClock clock;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.setClock(null);
        fixtures.delete(made);
        made.clear();
    }

    @Test
    void countsEachColumnListsTestingByLatestMoveAndGivesTheLatestCelebratedPrideOfPlace() {
        IdeaSummary before = at("2030-06-10T12:00:00Z");

        long olderTest = card("Protected mealtimes bay B", IdeaColumn.TESTING, "Ana", DUE.minusDays(1), 1);
        long unowned = card("Bedside handover checklist", IdeaColumn.TESTING, null, DUE.minusDays(3), 2);
        long dueToday = card("Falls huddle at 2 pm", IdeaColumn.TESTING, "Ben", DUE, 4);
        long later = card("Pharmacy round before ten", IdeaColumn.TESTING, "Cleo", DUE.plusDays(5), 3);
        long lateNew = card("Quiet hours signage", IdeaColumn.NEW, "Dev", DUE.minusDays(2), 1);
        card("Parked with an old due date", IdeaColumn.PARKED, "Eve", DUE.minusDays(9), 1);
        card("Implemented past its date", IdeaColumn.IMPLEMENTED, "Fay", DUE.minusDays(9), 1);
        long latest = celebrated("Night-time falls sensor checks", DUE.minusDays(1), "Fewer falls at night", null, 1);
        long offered = celebrated("Discharge lounge by eleven", DUE.minusDays(2), "Beds free by noon",
                "Beds free two hours earlier", 5);
        long sameDayEarlierMove = celebrated("Drug round tabards", DUE.minusDays(2), "Fewer interruptions", null, 2);
        celebrated("Older celebration", DUE.minusDays(9), "Long ago", null, 9);

        IdeaSummary s = at("2030-06-10T12:00:00Z");
        assertEquals(Map.of(IdeaColumn.NEW, 1, IdeaColumn.TESTING, 4, IdeaColumn.IMPLEMENTED, 1,
                IdeaColumn.CELEBRATED, 4, IdeaColumn.PARKED, 1), delta(before, s), "one count per column");
        assertEquals(5, s.open() - before.open(), "open = New and Testing");
        assertEquals(2, s.overdue() - before.overdue(),
                "overdue: owned, due before today, New or Testing (not unowned, due today, parked or implemented)");

        assertEquals(List.of(dueToday, later, unowned, olderTest), ids(s.testing().subList(0, 4)),
                "Testing: the latest move first");
        IdeaSummary.Card first = s.testing().get(0);
        assertEquals(new IdeaSummary.Card(dueToday, "Falls huddle at 2 pm", "Ben", DUE, false), first);
        assertTrue(s.testing().get(3).overdue(), "owned and due yesterday");
        assertFalse(s.testing().get(2).overdue(), "no owner, never overdue");
        assertEquals(lateNew, s.newest().get(0).id());
        assertTrue(s.newest().get(0).overdue(), "a New card can be overdue too");

        assertEquals(List.of(latest, offered, sameDayEarlierMove),
                s.celebrated().stream().map(IdeaSummary.Celebrated::id).toList(),
                "latest celebration first; the same day, the latest move first; three at most");
        assertEquals("Fewer falls at night", s.celebrated().get(0).summary(), "the effect");
        assertEquals("Beds free two hours earlier", s.celebrated().get(1).summary(), "the offer's line if offered");

        IdeaSummary.WallColumn testing = s.wallColumns().get(0);
        assertEquals(IdeaColumn.TESTING, testing.column());
        assertEquals(s.testing().subList(0, 3), testing.cards(), "the wall has room for three");
        assertEquals(s.testing().size() - 3, testing.more(), "and counts the rest");
    }

    @Test
    void aCardBecomesOverdueAtTheTrustsMidnightNotUtcs() {
        long id = card("Due on the tenth", IdeaColumn.TESTING, "Gus", DUE, 1);
        // 10 June, 23:59:59 in London (BST) is still the due date; a second later is 11 June there,
        // while UTC is still on the 10th for another hour.
        assertFalse(find(at("2030-06-10T22:59:59Z"), id).overdue(), "due today is not overdue");
        IdeaSummary after = at("2030-06-10T23:00:00Z");
        assertTrue(find(after, id).overdue(), "overdue from the trust's midnight");
        assertEquals(LocalDate.parse("2030-06-11"), boards.snapshot(WARD).orElseThrow().date());
    }

    @Test
    void theBoardJsonCarriesTheIdeasWithPlainNames() {
        long id = card("Shown in the board JSON", IdeaColumn.TESTING, "Hal", LocalDate.now().plusDays(3), 7);
        as("executive").get("/api/wards/{ward}/board", WARD).then().statusCode(200)
                .body("ideas.counts.TESTING", greaterThanOrEqualTo(1))
                .body("ideas.counts.size()", equalTo(5))
                .body("ideas.testing[0].id", equalTo((int) id))
                .body("ideas.testing[0].title", equalTo("Shown in the board JSON"))
                .body("ideas.testing[0].owner", equalTo("Hal"))
                .body("ideas.testing[0].due", equalTo(LocalDate.now().plusDays(3).toString()))
                .body("ideas.testing[0].overdue", equalTo(false))
                .body("ideas.keySet()", org.hamcrest.Matchers.containsInAnyOrder("counts", "open", "overdue", "testing",
                        "newest", "celebrated"))
                .body("ideas.testing[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("id", "title", "owner",
                        "due", "overdue"));
    }

    private IdeaSummary at(String instant) {
        clock.setClock(Clock.fixed(Instant.parse(instant), clock.zone()));
        return boards.snapshot(WARD).orElseThrow().ideas();
    }

    private long card(String title, IdeaColumn column, String owner, LocalDate due, int hour) {
        long id = fixtures.card(WARD, title, column, owner, due, BASE.plus(hour, ChronoUnit.HOURS));
        made.add(id);
        return id;
    }

    private long celebrated(String title, LocalDate on, String effect, String offer, int hour) {
        long id = fixtures.celebrated(WARD, title, on, effect, offer, BASE.plus(hour, ChronoUnit.HOURS));
        made.add(id);
        return id;
    }

    private static Map<IdeaColumn, Integer> delta(IdeaSummary before, IdeaSummary after) {
        Map<IdeaColumn, Integer> d = new java.util.EnumMap<>(IdeaColumn.class);
        for (IdeaColumn c : IdeaColumn.values()) {
            d.put(c, after.count(c) - before.count(c));
        }
        return d;
    }

    private static List<Long> ids(List<IdeaSummary.Card> cards) {
        return cards.stream().map(IdeaSummary.Card::id).toList();
    }

    private static IdeaSummary.Card find(IdeaSummary s, long id) {
        return s.testing().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
