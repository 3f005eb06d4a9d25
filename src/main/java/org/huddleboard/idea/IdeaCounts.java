package org.huddleboard.idea;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

/**
 * Monthly counts of ideas for the roll-up views: raised (by raised-on day), implemented,
 * celebrated, and adopted (cards raised by adoption, counted for the adopting ward), per ward
 * and per CSU, over the wards the viewer may read. Months are the trust's calendar months.
 * Counted in Java from the cards' dates, so the query stays portable (no date functions).
 */
@ApplicationScoped
@Transactional
public class IdeaCounts {

    static final int MAX_MONTHS = 36;
    static final int DEFAULT_MONTHS = 12;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    @Inject
    TrustClock clock;

    /** The counts of one ward, CSU or the viewer's whole scope, in one month. */
    public record Tally(int raised, int implemented, int celebrated, int adopted) {
    }

    public record WardCounts(String ward, String wardName, String csu, int raised, int implemented, int celebrated,
            int adopted) {
    }

    public record CsuCounts(String csu, String csuName, int raised, int implemented, int celebrated, int adopted) {
    }

    /** One month: every readable ward and CSU (zeros included) and their total. */
    public record Month(String month, Tally total, List<CsuCounts> csus, List<WardCounts> wards) {
    }

    public record Counts(String from, String to, List<Month> months) {
    }

    /**
     * {@code from} and {@code to} are months like 2026-03, both included. Left out: the twelve
     * months up to the current one, or twelve from the month given.
     */
    public Counts count(Viewer viewer, String fromText, String toText) {
        YearMonth from = month("from", fromText);
        YearMonth to = month("to", toText);
        if (to == null) {
            to = from == null ? YearMonth.from(clock.today()) : from.plusMonths(DEFAULT_MONTHS - 1);
        }
        if (from == null) {
            from = to.minusMonths(DEFAULT_MONTHS - 1);
        }
        if (to.isBefore(from)) {
            throw ApiProblem.invalid("to", "must not be before from (" + from + ")");
        }
        if (from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw ApiProblem.invalid("to", "must be within " + MAX_MONTHS + " months of from (" + from
                    + "): ask for a longer span in parts");
        }

        List<Ward> wards = Ward.listLiveWithCsu().stream().filter(viewer::canRead).toList();
        Map<Long, Ward> byId = new LinkedHashMap<>();
        wards.forEach(w -> byId.put(w.id, w));
        // month -> ward id -> raised, implemented, celebrated, adopted
        Map<YearMonth, Map<Long, int[]>> counts = new HashMap<>();
        if (!wards.isEmpty()) {
            LocalDate start = from.atDay(1);
            LocalDate end = to.atEndOfMonth();
            List<Object[]> rows = Idea.getEntityManager().createQuery("select i.ward.id, i.raisedOn, i.implementedOn,"
                    + " i.celebratedOn, a.id from Idea i left join i.adoptedFrom a where i.ward.id in :wards and"
                    + " (i.raisedOn between :start and :end or i.implementedOn between :start and :end"
                    + " or i.celebratedOn between :start and :end)", Object[].class)
                    .setParameter("wards", byId.keySet()).setParameter("start", start).setParameter("end", end)
                    .getResultList();
            for (Object[] row : rows) {
                Long ward = (Long) row[0];
                add(counts, ward, (LocalDate) row[1], 0, start, end);
                add(counts, ward, (LocalDate) row[2], 1, start, end);
                add(counts, ward, (LocalDate) row[3], 2, start, end);
                if (row[4] != null) {
                    add(counts, ward, (LocalDate) row[1], 3, start, end);
                }
            }
        }

        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Map<Long, int[]> inMonth = counts.getOrDefault(m, Map.of());
            List<WardCounts> wardCounts = new ArrayList<>();
            Map<String, int[]> csuSums = new LinkedHashMap<>();
            Map<String, String> csuNames = new HashMap<>();
            int[] total = new int[4];
            for (Ward w : wards) { // by CSU name, then ward name
                int[] c = inMonth.getOrDefault(w.id, new int[4]);
                wardCounts.add(new WardCounts(w.code, w.name, w.csu.code, c[0], c[1], c[2], c[3]));
                csuNames.put(w.csu.code, w.csu.name);
                int[] csu = csuSums.computeIfAbsent(w.csu.code, k -> new int[4]);
                for (int k = 0; k < 4; k++) {
                    csu[k] += c[k];
                    total[k] += c[k];
                }
            }
            List<CsuCounts> csuCounts = new ArrayList<>();
            csuSums.forEach((code, c) -> csuCounts.add(new CsuCounts(code, csuNames.get(code), c[0], c[1], c[2],
                    c[3])));
            months.add(new Month(m.toString(), new Tally(total[0], total[1], total[2], total[3]), csuCounts,
                    wardCounts));
        }
        return new Counts(from.toString(), to.toString(), months);
    }

    private static void add(Map<YearMonth, Map<Long, int[]>> counts, Long ward, LocalDate day, int what,
            LocalDate start, LocalDate end) {
        if (day == null || day.isBefore(start) || day.isAfter(end)) {
            return;
        }
        counts.computeIfAbsent(YearMonth.from(day), k -> new HashMap<>()).computeIfAbsent(ward, k -> new int[4])[what]++;
    }

    /** A month like 2026-03 from a query parameter; null when absent or blank; else a 400 naming it. */
    private static YearMonth month(String param, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (MONTH.matcher(t).matches()) {
            int year = Integer.parseInt(t.substring(0, 4));
            int month = Integer.parseInt(t.substring(5));
            if (month >= 1 && month <= 12) {
                YearMonth m = YearMonth.of(year, month);
                if (m.isBefore(EARLIEST)) {
                    throw ApiProblem.invalid(param, "must be a month from " + EARLIEST + " on");
                }
                return m;
            }
        }
        throw ApiProblem.invalid(param, "must be a month like 2026-03");
    }
}
