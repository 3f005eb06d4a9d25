package org.huddleboard.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;
import org.huddleboard.common.PublicText;
import org.huddleboard.measure.EntryService;
import org.huddleboard.measure.EntryValues;
import org.huddleboard.measure.Kind;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.MeasureEntry;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Ward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Measure history: one value per ward, measure and day, checked by the rules a tablet's entry is
 * (EntryValues, EntryService). Reads in bulk (each ward's measures, and its entries over the file's
 * days, one query each) so a 50,000-row file costs a handful of queries, and writes in JDBC batches.
 */
final class HistoryImport {

    /** Who entered an imported value, as the board and audit show it. */
    static final String ENTERED_BY = "CSV import";
    private static final int CHUNK = 1000;

    private final EntityManager em;
    private final LocalDate today;
    /** The wards this importer may import for; null: every ward. */
    private final java.util.Set<String> scope;

    /** A row that would write: a new day (existing null) or a change to one. */
    record Write(Ward ward, MeasureDefinition measure, LocalDate date, double value, String note, boolean onAdmission,
            MeasureEntry existing) {
    }

    private record Parsed(CsvFile.Row row, RowChecks checks, Ward ward, WardMeasure onBoard, LocalDate date,
            Double value, String note, boolean onAdmission) {
    }

    final List<RowReport> lines = new ArrayList<>();
    final List<Write> writes = new ArrayList<>();

    HistoryImport(EntityManager em, LocalDate today, java.util.Set<String> scope) {
        this.em = em;
        this.today = today;
        this.scope = scope;
    }

    /** The wards the file names, for locking before anything is read. */
    static List<String> wardCodes(CsvFile file) {
        return file.rows().stream().map(r -> r.get("ward").strip()).distinct().toList();
    }

    void plan(CsvFile file) {
        Map<String, Ward> wards = new HashMap<>();
        for (String code : wardCodes(file)) {
            Ward.findByCode(code).ifPresent(w -> wards.put(code, w));
        }
        Map<Ward, Map<String, WardMeasure>> measures = new HashMap<>();
        for (Ward w : wards.values()) {
            Map<String, WardMeasure> byKey = new HashMap<>();
            WardMeasure.listForWard(w).forEach(wm -> byKey.put(wm.measure.key, wm));
            measures.put(w, byKey);
        }
        List<Parsed> parsed = new ArrayList<>();
        Map<Ward, LocalDate[]> ranges = new HashMap<>();
        for (CsvFile.Row row : file.rows()) {
            Parsed p = parse(row, wards, measures, file.columns().size());
            parsed.add(p);
            if (!p.checks().failed()) {
                ranges.merge(p.ward(), new LocalDate[] { p.date(), p.date() }, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1] });
            }
        }
        Map<String, MeasureEntry> existing = new HashMap<>();
        ranges.forEach((ward, range) -> MeasureEntry.listForWard(ward, range[0], range[1])
                .forEach(e -> existing.put(key(ward.id, e.measure.id, e.date), e)));
        Map<String, Long> firstLine = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.checks().failed()) {
                lines.add(new RowReport(p.row().line(), Outcome.REJECT, subject(p.row()), p.checks().reasons()));
                continue;
            }
            MeasureDefinition measure = p.onBoard().measure;
            String key = key(p.ward().id, measure.id, p.date());
            Long earlier = firstLine.putIfAbsent(key, p.row().line());
            String subject = p.ward().code + " " + measure.key + " " + p.date();
            if (earlier != null) {
                lines.add(new RowReport(p.row().line(), Outcome.REJECT, subject,
                        "date: the same ward, measure and day as line " + earlier + "; keep one of them"));
                continue;
            }
            MeasureEntry entry = existing.get(key);
            if (entry != null && entry.value == p.value() && Objects.equals(entry.note, p.note())
                    && entry.presentOnAdmission == p.onAdmission()) {
                lines.add(new RowReport(p.row().line(), Outcome.UNCHANGED, subject, null));
                continue;
            }
            writes.add(new Write(p.ward(), measure, p.date(), p.value(), p.note(), p.onAdmission(), entry));
            lines.add(entry == null ? new RowReport(p.row().line(), Outcome.CREATE, subject, "value " + plain(p.value()))
                    : new RowReport(p.row().line(), Outcome.CHANGE, subject, changes(entry, p)));
        }
    }

    private Parsed parse(CsvFile.Row row, Map<String, Ward> wards, Map<Ward, Map<String, WardMeasure>> measures,
            int columns) {
        RowChecks checks = new RowChecks();
        if (row.fields() > columns) {
            checks.add("line", "has " + row.fields() + " fields and the header names " + columns
                    + "; a comma inside a note needs the note in double quotes");
        }
        String wardCode = row.get("ward").strip();
        Ward ward = wards.get(wardCode);
        WardMeasure onBoard = null;
        if (wardCode.isEmpty()) {
            checks.add("ward", "is required");
        } else if (ward == null) {
            checks.add("ward", "'" + wardCode + "' is not a ward");
        } else if (ward.retiredAt != null) {
            checks.add("ward", ward.code + " is retired");
        } else if (scope != null && !scope.contains(ward.code)) {
            checks.add("ward", "you may import only your own wards' history (" + String.join(", ",
                    new java.util.TreeSet<>(scope)) + "), not " + ward.code + "'s");
        } else {
            String key = row.get("measure").strip();
            onBoard = measures.get(ward).get(key);
            if (key.isEmpty()) {
                checks.add("measure", "is required");
            } else if (onBoard == null) {
                checks.add("measure", "'" + key + "' is not on the board of " + ward.code);
            }
        }
        LocalDate date = checks.check(() -> day(row.get("date").strip()));
        Double value = null;
        Boolean onAdmission = null;
        if (onBoard != null) {
            MeasureDefinition measure = onBoard.measure;
            String raw = row.get("value").strip();
            value = checks.check(raw, () -> EntryValues.parse(measure, json(measure, raw)));
            WardMeasure wm = onBoard;
            Double v = value;
            if (v != null) {
                onAdmission = checks.check(() -> EntryService.presentOnAdmission(wm, v,
                        flag("presentOnAdmission", row.get("presentOnAdmission"))));
            }
        }
        String note = checks.check(() -> PublicText.check("note",
                EntryValues.text("note", row.get("note"), EntryValues.MAX_NOTE)));
        return new Parsed(row, checks, ward, onBoard, date, value, note, Boolean.TRUE.equals(onAdmission));
    }

    private LocalDate day(String text) {
        if (text.isEmpty()) {
            throw ApiProblem.invalid("date", "is required");
        }
        LocalDate date = Params.date("date", text);
        if (date.isAfter(today)) {
            throw ApiProblem.invalid("date", date + " is in the future (today is " + today + " in trust time)");
        }
        return date;
    }

    /** The cell as the JSON a tablet would send, so the API's own check judges it. */
    private static JsonNode json(MeasureDefinition measure, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        if (measure.kind == Kind.YES_NO) {
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1" -> BooleanNode.TRUE;
                case "no", "false", "0" -> BooleanNode.FALSE;
                default -> TextNode.valueOf(raw);
            };
        }
        try {
            return DecimalNode.valueOf(new BigDecimal(raw));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(raw);
        }
    }

    static Boolean flag(String column, String raw) {
        String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "false", "0" -> false;
            case "yes", "true", "1" -> true;
            default -> throw ApiProblem.invalid(column, "must be yes or no (or true, false, 1, 0, or left empty)");
        };
    }

    private static String changes(MeasureEntry entry, Parsed p) {
        List<String> parts = new ArrayList<>();
        if (entry.value != p.value()) {
            parts.add("value " + plain(entry.value) + " to " + plain(p.value()));
        }
        if (!Objects.equals(entry.note, p.note())) {
            parts.add(p.note() == null ? "note removed" : "note changed");
        }
        if (entry.presentOnAdmission != p.onAdmission()) {
            parts.add(p.onAdmission() ? "marked present on admission" : "no longer present on admission");
        }
        return String.join(", ", parts);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String subject(CsvFile.Row row) {
        return (row.get("ward") + " " + row.get("measure") + " " + row.get("date")).strip();
    }

    private static String key(long ward, long measure, LocalDate date) {
        return ward + "/" + measure + "/" + date;
    }

    /** The wards whose board this import changes, in id order (the order they are locked in). */
    List<Ward> changedWards() {
        Map<Long, Ward> byId = new LinkedHashMap<>();
        writes.forEach(w -> byId.put(w.ward().id, w.ward()));
        return byId.values().stream().sorted(Comparator.comparingLong(w -> w.id)).toList();
    }

    /** Writes every row: corrections first (their entries are loaded), then new days in batches. */
    void apply(Instant now, Progress progress) {
        int done = 0;
        for (Write w : writes) {
            if (w.existing() != null) {
                MeasureEntry e = w.existing();
                e.value = w.value();
                e.note = w.note();
                e.presentOnAdmission = w.onAdmission();
                e.enteredBy = ENTERED_BY;
                e.enteredAt = now;
                if (++done % CHUNK == 0) {
                    progress.done(done);
                }
            }
        }
        em.flush();
        em.clear();
        for (Write w : writes) {
            if (w.existing() == null) {
                MeasureEntry e = new MeasureEntry();
                e.ward = em.getReference(Ward.class, w.ward().id);
                e.measure = em.getReference(MeasureDefinition.class, w.measure().id);
                e.date = w.date();
                e.value = w.value();
                e.note = w.note();
                e.presentOnAdmission = w.onAdmission();
                e.enteredBy = ENTERED_BY;
                e.enteredAt = now;
                em.persist(e);
                if (++done % CHUNK == 0) {
                    em.flush();
                    em.clear();
                    progress.done(done);
                }
            }
        }
        em.flush();
        em.clear();
        progress.done(done);
    }
}
