package org.huddleboard.huddle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.audit.AuditEvent;

/**
 * What changed on a ward's board while its huddle ran, read from the audit trail: every change
 * is audited with its ward, so the huddle needs no bookkeeping of its own. Counted in words a
 * ward sister uses ("9 measure values entered").
 */
public final class HuddleActivity {

    public record Count(String what, long count) {
    }

    /** Audit actions to what they count; the first prefix that matches wins. Huddle lines themselves are left out. */
    private static final Map<String, String> WHAT = new LinkedHashMap<>();
    static {
        WHAT.put("measure-entry.created", "measure values entered");
        WHAT.put("measure-entry.corrected", "measure values corrected");
        WHAT.put("idea.created", "ideas added");
        WHAT.put("idea.adopted", "ideas adopted");
        WHAT.put("idea.", "idea card updates");
        WHAT.put("escalation.raise", "escalations raised");
        WHAT.put("escalation.close", "escalations closed");
        WHAT.put("escalation.", "escalation updates");
        WHAT.put("huddle-action.created", "actions agreed");
        WHAT.put("huddle-action.done", "actions done");
        WHAT.put("huddle-action.", "action updates");
        WHAT.put("thanks.added", "thanks");
    }

    private HuddleActivity() {
    }

    /**
     * What changed during each of these huddles of one ward (those still running: until {@code now}),
     * from one read of the audit trail over their whole span instead of one per huddle.
     */
    static Map<Long, List<Count>> during(String ward, List<Huddle> huddles, Instant now) {
        Map<Long, List<Count>> out = new HashMap<>();
        if (huddles.isEmpty()) {
            return out;
        }
        Instant from = huddles.stream().map(h -> h.startedAt).min(Instant::compareTo).orElseThrow();
        Instant to = huddles.stream().map(h -> h.endedAt == null ? now : h.endedAt).max(Instant::compareTo)
                .orElseThrow();
        List<Object[]> rows = AuditEvent.getEntityManager().createQuery("select a.action, a.occurredAt from AuditEvent a"
                + " where a.wardCode = ?1 and a.occurredAt >= ?2 and a.occurredAt <= ?3", Object[].class)
                .setParameter(1, ward).setParameter(2, from).setParameter(3, to).getResultList();
        for (Huddle h : huddles) {
            Instant end = h.endedAt == null ? now : h.endedAt;
            Map<String, Long> actions = new HashMap<>();
            for (Object[] row : rows) {
                Instant at = (Instant) row[1];
                if (!at.isBefore(h.startedAt) && !at.isAfter(end)) {
                    actions.merge((String) row[0], 1L, Long::sum);
                }
            }
            out.put(h.id, counted(actions));
        }
        return out;
    }

    static List<Count> during(String ward, Instant from, Instant to) {
        List<Object[]> rows = AuditEvent.getEntityManager().createQuery("select a.action, count(a) from AuditEvent a"
                + " where a.wardCode = ?1 and a.occurredAt >= ?2 and a.occurredAt <= ?3 group by a.action",
                Object[].class).setParameter(1, ward).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, Long> actions = new HashMap<>();
        rows.forEach(row -> actions.put((String) row[0], (Long) row[1]));
        return counted(actions);
    }

    /** Audit action to how many, in words, in the order of {@link #WHAT}. */
    private static List<Count> counted(Map<String, Long> actions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        WHAT.values().forEach(what -> counts.put(what, 0L));
        actions.forEach((action, n) -> {
            String what = what(action);
            if (what != null) {
                counts.merge(what, n, Long::sum);
            }
        });
        List<Count> out = new ArrayList<>();
        counts.forEach((what, n) -> {
            if (n > 0) {
                out.add(new Count(what, n));
            }
        });
        return out;
    }

    private static String what(String action) {
        if (WHAT.containsKey(action)) {
            return WHAT.get(action);
        }
        return WHAT.entrySet().stream().filter(e -> e.getKey().endsWith(".") && action.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
