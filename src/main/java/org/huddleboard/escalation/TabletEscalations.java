package org.huddleboard.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/** Reads what the ward tablet shows of the ward's escalations; every change goes through the REST API. */
@ApplicationScoped
@Transactional
public class TabletEscalations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    @Inject
    EscalationService escalations;
    @Inject
    TrustClock clock;

    /** For a ward the caller has checked this viewer may change. */
    public EscalationsPart part(Viewer viewer, String wardCode) {
        long version = Ward.findByCode(wardCode).orElseThrow().boardVersion;
        Instant now = clock.now();
        List<EscalationView> waiting = new ArrayList<>();
        List<EscalationView> answered = new ArrayList<>();
        for (EscalationView v : escalations.forWard(viewer, wardCode)) {
            (v.state().answered() ? answered : waiting).add(v);
        }
        waiting.sort(EscalationService.WORST_FIRST);
        // The latest answer first: the one the huddle has not talked about yet.
        answered.sort(Comparator.comparing(EscalationView::resolvedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EscalationView::id));
        return new EscalationsPart(wardCode, version, items(waiting, now), items(answered, now),
                items(escalations.reopenable(viewer, wardCode), now));
    }

    private List<EscalationsPart.Item> items(List<EscalationView> views, Instant now) {
        return views.stream().map(v -> new EscalationsPart.Item(v, age(v.raisedAt(), now),
                v.resolvedAt() == null ? null : WHEN.format(v.resolvedAt().atZone(clock.zone())))).toList();
    }

    /** "12 min ago", "5 h ago", "3 days ago": how long the ward has been waiting, at a glance. */
    static String age(Instant from, Instant now) {
        Duration d = Duration.between(from, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min ago";
        }
        if (d.toHours() < 48) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + " days ago";
    }
}
