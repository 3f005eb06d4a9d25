package org.huddleboard.escalation;

import java.util.Arrays;
import java.util.List;

/**
 * The escalations part of a ward tablet's page at one board version: what the ward has waiting
 * on its CSU or the executives, and the answers it has not yet closed, each with what the
 * caller may do with it now (the API's allowed actions).
 */
public record EscalationsPart(String ward, long version, List<Item> waiting, List<Item> answered,
        List<Item> closed) {

    /** For the tab: "2 waiting, 1 answered"; the answers are what the huddle has to read. */
    public String countText() {
        return waiting.size() + " waiting" + (answered.isEmpty() ? "" : ", " + answered.size() + " answered");
    }

    /**
     * Waiting first, then the answers, then those closed but still reopenable: one list of groups,
     * so the page has one markup for an escalation.
     */
    public List<Group> groups() {
        return List.of(new Group("waiting", "Waiting for an answer", "Nothing is waiting on the CSU or the executives.",
                waiting), new Group("answered", "Answered: read, then close", "No answers waiting to be read.", answered),
                new Group("closed", "Closed this week: reopen if the problem is back",
                        "Nothing closed in the last " + EscalationAction.REOPEN_DAYS + " days.", closed));
    }

    public List<Choice> categories() {
        return Arrays.stream(EscalationCategory.values()).map(c -> new Choice(c.name(), c.label)).toList();
    }

    public List<Choice> severities() {
        return Arrays.stream(Severity.values()).map(s -> new Choice(s.name(), s.label)).toList();
    }

    public int reopenDays() {
        return EscalationAction.REOPEN_DAYS;
    }

    public record Group(String key, String heading, String empty, List<Item> items) {
    }

    /** A one-tap choice: the value the API takes and the word on the button. */
    public record Choice(String value, String label) {
    }

    /**
     * One escalation as the tablet shows it; {@code age} since raised ("3 h"), {@code answeredWhen}
     * when the latest answer came ("Fri 27 Nov 14:05"), both in the trust's time.
     */
    public record Item(EscalationView view, String age, String answeredWhen) {

        public boolean canComment() {
            return may(EscalationAction.COMMENT);
        }

        public boolean canReopen() {
            return may(EscalationAction.REOPEN);
        }

        public boolean canClose() {
            return may(EscalationAction.CLOSE);
        }

        private boolean may(EscalationAction action) {
            return view.allowedActions() != null && view.allowedActions().contains(action.id);
        }

        public String tierLabel() {
            return view.tier() == 2 ? "Tier 2 · CSU" : "Tier " + view.tier() + " · executives";
        }

        public String stateLabel() {
            return view.state().label;
        }

        public String stateCss() {
            return view.state().css();
        }

        public boolean urgent() {
            return view.severity() == Severity.URGENT;
        }

        public boolean answered() {
            return view.state().answered();
        }

        public boolean handedBack() {
            return view.state() == EscalationState.HANDED_BACK;
        }
    }
}
