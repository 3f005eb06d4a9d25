package org.huddleboard.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * A moment as staff say it, in the trust's zone: "Today 09:14", "Yesterday 17:02", "Mon 23 Nov 09:14",
 * and with the year once it is not this year's. Templates write {at.words}; {at.iso} keeps the exact
 * value for a time element's datetime attribute.
 */
public final class Moments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.UK);

    private Moments() {
    }

    public static String words(Instant at, ZoneId zone, Instant now) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return "Today " + TIME.format(local);
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday " + TIME.format(local);
        }
        return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }

    /** The same in the trust's zone as its clock stands now. */
    public static String words(Instant at) {
        TrustClock clock = Arc.container().instance(TrustClock.class).get();
        return words(at, clock.zone(), clock.now());
    }

    @TemplateExtension(matchName = "words")
    static String wordsOf(Instant at) {
        return words(at);
    }

    @TemplateExtension(matchName = "iso")
    static String isoOf(Instant at) {
        return at == null ? "" : at.toString();
    }
}
