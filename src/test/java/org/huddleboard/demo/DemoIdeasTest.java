package org.huddleboard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.huddleboard.idea.Effect;
import org.huddleboard.idea.Idea;
import org.huddleboard.idea.IdeaChanges;
import org.huddleboard.idea.IdeaColumn;
import org.huddleboard.idea.PdsaNote;
import org.huddleboard.ward.Ward;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo trust's idea boards, as a visitor to the demo would judge them: every ward runs a
 * board of 10 to 40 cards in every column, with overdue and celebrated cards, proven ideas
 * spread between wards, and nothing a public board would refuse.
 */
@QuarkusTest
class DemoIdeasTest {

    @Inject
    TrustClock clock;

    @Test
    @Transactional
    void everyDemoWardRunsAPlausibleIdeaBoard() {
        List<Idea> cards = demoCards();
        LocalDate today = clock.today();
        Map<String, List<Idea>> byWard = cards.stream().collect(Collectors.groupingBy(i -> i.ward.code));
        for (Ward ward : Ward.<Ward> listAll()) {
            List<Idea> board = byWard.getOrDefault(ward.code, List.of());
            assertTrue(board.size() >= 10 && board.size() <= 40, ward.code + " has " + board.size() + " cards");
            Set<IdeaColumn> columns = board.stream().map(i -> i.column).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(IdeaColumn.class), columns, ward.code + " has a card in every column");
            System.out.printf("%s: %d demo cards, %d overdue%n", ward.code, board.size(),
                    board.stream().filter(i -> i.overdueOn(today)).count());
        }
        long overdue = cards.stream().filter(i -> i.overdueOn(today)).count();
        assertTrue(overdue >= 3, "some cards are overdue: " + overdue);
        assertTrue(cards.stream().filter(i -> i.column == IdeaColumn.CELEBRATED).count() >= 3, "some celebrated");
        assertTrue(cards.stream().anyMatch(i -> i.column.inProgress() && i.owner != null && !i.overdueOn(today)
                && i.dueDate != null), "some owned cards are on time");
    }

    @Test
    @Transactional
    void eachColumnCarriesWhatItsMovesRecord() {
        LocalDate today = clock.today();
        LocalDate start = today.minusDays(DemoData.HISTORY_DAYS);
        for (Idea i : demoCards()) {
            String card = i.ward.code + " " + i.title;
            assertEquals(0, i.version, card + " is loaded, never changed");
            assertTrue(!i.raisedOn.isBefore(start) && i.raisedOn.isBefore(today), card + " raised in the history");
            assertFalse(clock.dayOf(i.movedAt).isBefore(i.raisedOn), card + " moved after it was raised");
            assertTrue(clock.dayOf(i.movedAt).isBefore(today), card + " moved before today");
            switch (i.column) {
                case PARKED -> assertNotNull(i.parkedReason, card + " parked with a reason");
                case IMPLEMENTED, CELEBRATED -> {
                    assertNotNull(i.changeMade, card + " says what changed");
                    assertNotNull(i.effect, card + " says its effect");
                    assertNotNull(i.implementedOn, card + " implemented on");
                    assertTrue(i.implementedOn.isAfter(i.raisedOn), card + " implemented after it was raised");
                    assertEquals(i.column == IdeaColumn.CELEBRATED, i.celebratedOn != null, card + " celebrated on");
                }
                case TESTING -> {
                    List<PdsaNote> notes = PdsaNote.listFor(i);
                    assertFalse(notes.isEmpty(), card + " in Testing has PDSA notes");
                    for (PdsaNote n : notes) {
                        assertFalse(n.notedOn.isBefore(i.raisedOn) || n.notedOn.isAfter(today), card + " note date");
                    }
                }
                case NEW -> assertNotEquals(null, i.movedAt);
            }
            if (i.qualityAim.needsImpactCheck() && i.column != IdeaColumn.NEW && i.column != IdeaColumn.PARKED) {
                assertTrue(i.impact != null && i.impact.cleared(), card + " left New with its impact check cleared");
            }
        }
    }

    @Test
    @Transactional
    void wasteCuttingIdeasShowTheirImpactChecks() {
        List<Idea> checked = demoCards().stream().filter(i -> i.impact != null && i.impact.recorded()).toList();
        assertTrue(checked.stream().anyMatch(i -> !i.impact.anyNegative()), "a check with no negative effect");
        Idea signed = checked.stream().filter(i -> i.impact.anyNegative()).findFirst().orElseThrow();
        assertEquals("lead", signed.impact.signedOffBy, "the demo lead signed off the negative effect");
        assertTrue(signed.ward.code.equals("ward-12") || signed.ward.code.equals("ward-14"), "on the lead's ward");
        assertEquals(Effect.NEGATIVE, signed.impact.experience);
    }

    @Test
    @Transactional
    void provenIdeasAreOfferedAndAdoptedElsewhere() {
        List<Idea> cards = demoCards();
        List<Idea> offered = cards.stream().filter(i -> i.offeredAt != null).toList();
        assertTrue(offered.size() >= 2, "a few ideas offered: " + offered.size());
        for (Idea o : offered) {
            assertTrue(o.column.proven(), o.title + " is proven before it is offered");
            assertEquals("lead", o.offeredBy);
            assertNotNull(o.offerSummary);
            assertTrue(clock.dayOf(o.offeredAt).isAfter(o.implementedOn), o.title + " offered after it worked");
        }
        List<Idea> adopted = cards.stream().filter(i -> i.adoptedFrom != null).toList();
        Set<String> adoptingWards = new HashSet<>();
        for (Idea a : adopted) {
            Idea from = a.adoptedFrom;
            assertNotEquals(from.ward.code, a.ward.code, a.title + " adopted from another ward");
            assertNotNull(from.offeredAt, a.title + " adopted from an offered card");
            assertTrue(a.column.inProgress(), a.title + " adoption in New or Testing");
            assertEquals(from.title, a.title);
            assertEquals(from.qualityAim, a.qualityAim);
            assertTrue(a.createdAt.isAfter(from.offeredAt), a.title + " adopted after it was offered");
            adoptingWards.add(a.ward.code);
        }
        assertTrue(adoptingWards.size() >= 3, "adopted by several wards: " + adoptingWards);
        assertTrue(offered.stream().allMatch(o -> !Idea.adoptionsOf(o).isEmpty()), "every offer taken up");
    }

    @Test
    @Transactional
    void noDemoTextFailsThePublicBoardCheck() {
        int texts = 0;
        for (Idea i : demoCards()) {
            for (String t : new String[] { i.title, i.problem, i.proposal, i.raisedBy, i.owner, i.parkedReason,
                    i.changeMade, i.effect, i.offerSummary, i.offeredBy, i.impact == null ? null : i.impact.safetyNote,
                    i.impact == null ? null : i.impact.effectivenessNote,
                    i.impact == null ? null : i.impact.experienceNote, i.impact == null ? null : i.impact.checkedBy }) {
                if (t != null) {
                    PublicText.check("demo card " + i.id, t);
                    texts++;
                }
            }
            for (PdsaNote n : PdsaNote.listFor(i)) {
                PublicText.check("demo note " + n.id, n.note);
                texts++;
            }
        }
        assertTrue(texts > 500, "checked " + texts + " texts");
    }

    /** Cards with no audit line: loaded as demo data, never changed by another test. */
    /**
     * The cards the demo loaded: never audited (the API audits every card it writes) and made
     * before this test run started (tests that write fixture cards directly make them now or later).
     */
    static List<Idea> demoCards() {
        Set<String> audited = new HashSet<>(AuditEvent.getEntityManager().createQuery("select distinct a.subject"
                + " from AuditEvent a where a.subject like 'idea %'", String.class).getResultList());
        Instant runStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Idea.<Idea> list("select i from Idea i join fetch i.ward").stream()
                .filter(i -> !audited.contains(IdeaChanges.subject(i.id)) && i.createdAt.isBefore(runStarted))
                .toList();
    }
}
