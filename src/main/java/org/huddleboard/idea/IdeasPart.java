package org.huddleboard.idea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ideas part of a ward tablet's page, as one picture at one board version: the ward's cards
 * by column, what each may do next, and the ideas other wards offer.
 */
public record IdeasPart(String ward, long version, boolean lead, List<ColumnCards> columns,
        List<MeasureChoice> measures, List<Offered> offered) {

    public int openCount() {
        return columns.stream().filter(c -> c.column().inProgress()).mapToInt(ColumnCards::count).sum();
    }

    public List<Choice> aims() {
        return Arrays.stream(QualityAim.values()).map(a -> new Choice(a.name(), a.label)).toList();
    }

    public List<Choice> effects() {
        return Arrays.stream(Effect.values()).map(e -> new Choice(e.name(), word(e.name()))).toList();
    }

    public List<Choice> stages() {
        return Arrays.stream(PdsaStage.values()).map(s -> new Choice(s.name(), word(s.name()))).toList();
    }

    /** The parts of quality an impact check looks at, as the API names them. */
    public List<Choice> impactParts() {
        return List.of(new Choice("safety", "Safety"), new Choice("effectiveness", "Effectiveness"),
                new Choice("experience", "Experience"));
    }

    static String word(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A one-tap choice: the value the API takes and the word on the button. */
    public record Choice(String value, String label) {
    }

    /** One column and its cards; {@code more} cards are not shown (only the latest celebrated are). */
    public record ColumnCards(IdeaColumn column, List<TabletCard> cards, int more) {

        public int count() {
            return cards.size() + more;
        }
    }

    public record MeasureChoice(String key, String name) {
    }

    /** The latest PDSA note on a card in Testing. */
    public record LastNote(PdsaStage stage, LocalDate notedOn, String note, int count) {

        public String stageLabel() {
            return word(stage.name());
        }
    }

    /** An idea another ward offers; {@code adopted} when this ward already has a card adopted from it. */
    public record Offered(long id, String wardName, String title, String problem, String idea, String summary,
            LocalDate offeredOn, int adoptions, boolean adopted) {
    }

    /** A move the rules allow from the card's column, and what it asks for first. */
    public record Move(IdeaColumn to, String label, String needs) {

        /** Parked needs a reason; Implemented what changed and its effect; the rest need nothing. */
        static Move to(IdeaColumn to) {
            return switch (to) {
                case PARKED -> new Move(to, "Park", "reason");
                case IMPLEMENTED -> new Move(to, "Implemented", "outcome");
                case NEW -> new Move(to, "Revive to New", "");
                case CELEBRATED -> new Move(to, "Celebrate", "");
                default -> new Move(to, "Move to " + to.label, "");
            };
        }
    }

    public record TabletCard(IdeaView view, String measureName, LastNote lastNote) {

        public List<Move> moves() {
            List<Move> moves = new ArrayList<>();
            // In the column order of the board, so the buttons read left to right as the card travels.
            for (IdeaColumn to : IdeaColumn.values()) {
                if (view.allowedMoves().contains(to)) {
                    moves.add(Move.to(to));
                }
            }
            return moves;
        }

        public boolean testing() {
            return view.column() == IdeaColumn.TESTING;
        }

        public boolean parked() {
            return view.column() == IdeaColumn.PARKED;
        }

        public boolean proven() {
            return view.column().proven();
        }

        /** A waste-or-cost card in New: it needs a quality impact check before it may be tested. */
        public boolean impactCheckDue() {
            return view.column() == IdeaColumn.NEW && view.qualityAim().needsImpactCheck();
        }

        public boolean impactRecorded() {
            return view.impactCheck() != null;
        }

        public boolean awaitingSignOff() {
            return view.impactCheck() != null && view.impactCheck().needsSignOff();
        }

        /** E.g. "safety none, effectiveness positive, experience negative". */
        public String impactSummary() {
            IdeaView.Impact c = view.impactCheck();
            if (c == null) {
                return "";
            }
            return "safety " + lower(c.safety()) + ", effectiveness " + lower(c.effectiveness()) + ", experience "
                    + lower(c.experience());
        }

        private static String lower(Effect effect) {
            return effect == null ? "not recorded" : effect.name().toLowerCase(Locale.ROOT);
        }
    }
}
