package org.huddleboard.escalation;

import static org.huddleboard.escalation.EscalationState.ACKNOWLEDGED;
import static org.huddleboard.escalation.EscalationState.CLOSED;
import static org.huddleboard.escalation.EscalationState.HANDED_BACK;
import static org.huddleboard.escalation.EscalationState.OPEN;
import static org.huddleboard.escalation.EscalationState.RESOLVED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What can be done with an escalation. {@link #allowed} is the one table of who may do what in
 * which state; everything else is refused, naming what is allowed.
 */
public enum EscalationAction {
    /** The receiving tier takes ownership. */
    ACKNOWLEDGE("acknowledge", "Acknowledge", false),
    /** A note in the timeline; changes nothing else. */
    COMMENT("comment", "Comment", true),
    /** An update the ward reads, without resolving: "we are on it, expect X". */
    RESPOND("respond", "Respond", true),
    /** Resolved, with the answer the ward will read ("You said, we did"). */
    RESOLVE("resolve", "Resolve", true),
    /** Sent on to the next tier, with the reason. */
    ESCALATE("escalate", "Escalate", true),
    /** Given back to the ward to act on, with guidance. */
    HAND_BACK("hand-back", "Hand back", true),
    /** The ward says the answer did not solve it: back to the tier that gave it. */
    REOPEN("reopen", "Reopen", true),
    /** The ward has read the answer: off the board. */
    CLOSE("close", "Close", false);

    /** How long after an answer the ward may still reopen. */
    public static final int REOPEN_DAYS = 7;
    /** The last tier: trust executives. */
    public static final int TOP_TIER = 3;

    /** The name in the API and in URLs, e.g. {@code hand-back}. */
    public final String id;
    public final String label;
    /** Needs a text: the comment, answer, reason or guidance. */
    public final boolean needsText;

    EscalationAction(String id, String label, boolean needsText) {
        this.id = id;
        this.label = label;
        this.needsText = needsText;
    }

    /**
     * Who may do what, by state and side. Escalating needs a tier above; reopening is allowed
     * only within {@link #REOPEN_DAYS} of the answer, which the service checks on top of this.
     */
    public static Set<EscalationAction> allowed(EscalationState state, Side side, int tier) {
        Set<EscalationAction> allowed = switch (side) {
            case WARD -> switch (state) {
                case OPEN, ACKNOWLEDGED -> EnumSet.of(COMMENT);
                case RESOLVED, HANDED_BACK -> EnumSet.of(COMMENT, REOPEN, CLOSE);
                case CLOSED -> EnumSet.of(REOPEN);
            };
            case RECEIVING_TIER -> switch (state) {
                case OPEN -> EnumSet.of(ACKNOWLEDGE, COMMENT, RESPOND, RESOLVE, ESCALATE, HAND_BACK);
                case ACKNOWLEDGED -> EnumSet.of(COMMENT, RESPOND, RESOLVE, ESCALATE, HAND_BACK);
                case RESOLVED, HANDED_BACK -> EnumSet.of(COMMENT);
                case CLOSED -> EnumSet.noneOf(EscalationAction.class);
            };
            case ONLOOKER -> state == CLOSED ? EnumSet.noneOf(EscalationAction.class) : EnumSet.of(COMMENT);
            case READER -> EnumSet.noneOf(EscalationAction.class);
        };
        if (tier >= TOP_TIER) {
            allowed.remove(ESCALATE);
        }
        return allowed;
    }

    /** The action of that API name, in any case; null if there is none. */
    public static EscalationAction byId(String id) {
        if (id == null) {
            return null;
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EscalationAction a : values()) {
            if (a.id.equals(wanted)) {
                return a;
            }
        }
        return null;
    }

    /** The state after this action; COMMENT leaves it as it was. */
    public EscalationState after(EscalationState from) {
        return switch (this) {
            case ACKNOWLEDGE, RESPOND -> ACKNOWLEDGED;
            case RESOLVE -> RESOLVED;
            case ESCALATE, REOPEN -> OPEN;
            case HAND_BACK -> HANDED_BACK;
            case CLOSE -> CLOSED;
            case COMMENT -> from;
        };
    }
}
