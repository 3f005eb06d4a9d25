package org.huddleboard.escalation;

/**
 * Fired inside the transaction that brought an escalation to a tier: raised by the ward (tier 2)
 * or escalated (tier 3). Its mail goes out after commit ({@link EscalationMail}).
 */
public record EscalationArrived(EscalationView escalation) {
}
