package org.huddleboard.imports;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.huddleboard.common.PublicText;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/**
 * Wards, and their CSUs when new. Written against the entities with the rules of setting up a ward:
 * a code of lower-case letters, digits and dashes, unique for ever (a retired ward's code is never
 * reused), a name fit for a public board, a CSU by code (created, with csuName, if it is new). A
 * known code changes that ward's name, CSU, huddle time and length.
 */
final class WardImport {

    static final String CODE = "[a-z0-9][a-z0-9-]{0,39}";
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 30;

    private record Wanted(CsvFile.Row row, String code, String name, String csuCode, LocalTime huddleTime,
            Integer huddleMinutes, Ward existing) {
    }

    final List<RowReport> lines = new ArrayList<>();
    private final List<Wanted> writes = new ArrayList<>();
    /** CSUs the file creates: code to name. */
    private final Map<String, String> newCsus = new LinkedHashMap<>();

    void plan(CsvFile file) {
        Map<String, Ward> wards = new HashMap<>();
        Ward.<Ward> listAll().forEach(w -> wards.put(w.code, w));
        Map<String, Csu> csus = new HashMap<>();
        Csu.<Csu> listAll().forEach(c -> csus.put(c.code, c));
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Long> csuLine = new HashMap<>();
        for (CsvFile.Row row : file.rows()) {
            RowChecks checks = new RowChecks();
            String code = row.get("code").strip();
            Ward existing = wards.get(code);
            if (!code.matches(CODE)) {
                checks.add("code", "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or"
                        + " digit (it goes in the board's address)");
            } else if (existing != null && existing.retiredAt != null) {
                checks.add("code", code + " belonged to a retired ward; codes are never reused");
            } else {
                Long earlier = firstLine.putIfAbsent(code, row.line());
                if (earlier != null) {
                    checks.add("code", code + " is on line " + earlier + " too; keep one of them");
                }
            }
            String name = text(checks, "name", row.get("name"));
            String csuCode = row.get("csu").strip();
            String csuName = row.get("csuName").strip();
            Csu csu = csus.get(csuCode);
            if (!csuCode.matches(CODE)) {
                checks.add("csu", "must be a CSU's code: lower-case letters, digits or dashes");
            } else if (csu != null && csu.retiredAt != null) {
                checks.add("csu", csuCode + " is retired; choose a current CSU");
            } else if (csu != null && !csuName.isEmpty() && !csuName.equals(csu.name)) {
                checks.add("csuName", "CSU " + csuCode + " is already named '" + csu.name
                        + "'; leave csuName empty or write it as it is");
            } else if (csu == null && csuName.isEmpty() && !newCsus.containsKey(csuCode)) {
                checks.add("csuName", "is required for a new CSU (" + csuCode + " is not known yet)");
            } else if (csu == null && !csuName.isEmpty()) {
                String checked = text(checks, "csuName", csuName);
                String earlier = newCsus.get(csuCode);
                if (earlier != null && checked != null && !earlier.equals(checked)) {
                    checks.add("csuName", "line " + csuLine.get(csuCode) + " names CSU " + csuCode + " '" + earlier
                            + "'; write the same name or leave it empty");
                }
            }
            LocalTime huddleTime = null;
            String time = row.get("huddleTime").strip();
            if (!time.isEmpty()) {
                try {
                    huddleTime = LocalTime.parse(time.length() == 4 ? "0" + time : time);
                } catch (DateTimeParseException e) {
                    checks.add("huddleTime", "must be a time like 09:30 (24-hour), or empty for the trust's");
                }
            }
            Integer minutes = null;
            String length = row.get("huddleMinutes").strip();
            if (!length.isEmpty()) {
                try {
                    minutes = Integer.parseInt(length);
                } catch (NumberFormatException e) {
                    minutes = -1;
                }
                if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                    checks.add("huddleMinutes", "must be a whole number from " + MIN_MINUTES + " to " + MAX_MINUTES);
                }
            }
            String subject = code.isEmpty() ? "(no code)" : "ward " + code;
            if (checks.failed()) {
                lines.add(new RowReport(row.line(), Outcome.REJECT, subject, checks.reasons()));
                continue;
            }
            if (csu == null && !newCsus.containsKey(csuCode)) {
                newCsus.put(csuCode, csuName);
                csuLine.put(csuCode, row.line());
            }
            Wanted w = new Wanted(row, code, name, csuCode, huddleTime, minutes, existing);
            if (existing == null) {
                writes.add(w);
                lines.add(new RowReport(row.line(), Outcome.CREATE, subject, name + " in CSU " + csuCode
                        + (csu == null && csuLine.get(csuCode) == row.line() ? " (a new CSU: " + csuName + ")" : "")));
                continue;
            }
            String changes = changes(w);
            if (changes.isEmpty()) {
                lines.add(new RowReport(row.line(), Outcome.UNCHANGED, subject, null));
            } else {
                writes.add(w);
                lines.add(new RowReport(row.line(), Outcome.CHANGE, subject, changes));
            }
        }
    }

    private static String text(RowChecks checks, String column, String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > 120) {
            checks.add(column, "is required, at most 120 characters");
            return null;
        }
        return checks.check(() -> PublicText.check(column, text));
    }

    private static String changes(Wanted w) {
        Ward ward = w.existing();
        List<String> parts = new ArrayList<>();
        if (!ward.name.equals(w.name())) {
            parts.add("name '" + ward.name + "' to '" + w.name() + "'");
        }
        if (!ward.csu.code.equals(w.csuCode())) {
            parts.add("CSU " + ward.csu.code + " to " + w.csuCode());
        }
        if (w.row().has("huddleTime") && !Objects.equals(ward.huddleTime, w.huddleTime())) {
            parts.add("huddle time " + (w.huddleTime() == null ? "the trust's" : w.huddleTime().toString()));
        }
        if (w.huddleMinutes() != null && ward.huddleMinutes != w.huddleMinutes()) {
            parts.add("huddle " + ward.huddleMinutes + " to " + w.huddleMinutes() + " minutes");
        }
        return String.join(", ", parts);
    }

    int writes() {
        return writes.size();
    }

    /** The known wards this import changes, in id order: each is locked and gets one live change. */
    List<Ward> changedWards() {
        return writes.stream().map(Wanted::existing).filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(w -> w.id)).toList();
    }

    int newCsus() {
        return newCsus.size();
    }

    void apply(Progress progress) {
        Map<String, Csu> csus = new HashMap<>();
        Csu.<Csu> listAll().forEach(c -> csus.put(c.code, c));
        newCsus.forEach((code, name) -> {
            Csu c = new Csu();
            c.code = code;
            c.name = name;
            c.persist();
            csus.put(code, c);
        });
        int done = 0;
        for (Wanted w : writes) {
            Ward ward = w.existing();
            if (ward == null) {
                ward = new Ward();
                ward.code = w.code();
            } else {
                ward.settingsVersion++;
            }
            ward.name = w.name();
            ward.csu = csus.get(w.csuCode());
            if (w.row().has("huddleTime")) {
                ward.huddleTime = w.huddleTime();
            }
            if (w.huddleMinutes() != null) {
                ward.huddleMinutes = w.huddleMinutes();
            }
            if (w.existing() == null) {
                ward.persist();
            }
            progress.done(++done);
        }
    }
}
