package org.huddleboard.escalation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When mail goes out: only once the install has named its sender (or uses the mock mailer), unless told. */
class MailSwitchTest {

    @Test
    void mailIsOnlyOnWhenConfigured() {
        assertFalse(mail(null, null, null).enabled(), "a fresh install sends nothing");
        assertTrue(mail(null, "huddle@example.org", null).enabled(), "a sender means an SMTP server is set up");
        assertTrue(mail(null, null, true).enabled(), "the mock mailer");
        assertFalse(mail(null, null, false).enabled());
        assertFalse(mail(false, "huddle@example.org", null).enabled(), "switched off by huddle.mail.enabled");
        assertTrue(mail(true, null, null).enabled(), "switched on by huddle.mail.enabled");
    }

    private static EscalationMail mail(Boolean enabled, String from, Boolean mock) {
        EscalationMail mail = new EscalationMail();
        mail.enabled = Optional.ofNullable(enabled);
        mail.from = Optional.ofNullable(from);
        mail.mock = Optional.ofNullable(mock);
        return mail;
    }
}
