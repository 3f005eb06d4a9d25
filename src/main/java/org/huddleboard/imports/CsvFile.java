package org.huddleboard.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.huddleboard.common.ApiProblem;

/**
 * A CSV file as rows of named values, each with the line it starts on. Refuses, with the reason, a
 * file that is not UTF-8, has no header row, misses a required column or names one we do not know.
 */
public record CsvFile(List<String> columns, List<Row> rows) {

    /** Far more than any trust's spreadsheet; a file over it is refused before any row is checked. */
    public static final int MAX_ROWS = 100_000;

    /** One data row: the file line it starts on (the header is line 1), its values by column, and extra fields. */
    public record Row(long line, Map<String, String> values, int fields) {
        /** Whether the file has this column at all (an empty cell in it still means "none"). */
        public boolean has(String column) {
            return values.containsKey(column);
        }

        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v;
        }
    }

    public static CsvFile parse(byte[] bytes, ImportKind kind) {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a byte order mark before UTF-8 CSV
        }
        if (text.isBlank()) {
            throw ApiProblem.invalid("file", "is empty; it needs a header row naming the columns ("
                    + String.join(", ", kind.required) + ") and a row for each " + kind.label + " line");
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            Map<String, String> columnOf = columns(header, kind);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw ApiProblem.invalid("file", "has more than " + String.format("%,d", MAX_ROWS)
                            + " rows; split it into smaller files");
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String column = columnOf.get(header.get(i));
                    if (column != null) {
                        values.put(column, i < record.size() ? record.get(i) : "");
                    }
                }
                long line = lineOf(lineStarts, record.getCharacterPosition());
                rows.add(new Row(line, values, record.size()));
            }
            return new CsvFile(header, rows);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ApiProblem.invalid("file", "is not a CSV file we can read: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw ApiProblem.invalid("file", "is not a CSV file we can read: " + e.getMessage());
        }
    }

    /** The header's names matched to the kind's columns, ignoring case and spaces; refuses unknown or missing ones. */
    private static Map<String, String> columns(List<String> header, ImportKind kind) {
        Map<String, String> known = new HashMap<>();
        for (String c : kind.required) {
            known.put(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : kind.optional) {
            known.put(c.toLowerCase(Locale.ROOT), c);
        }
        Map<String, String> columnOf = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : header) {
            String column = known.get(name.strip().replace(" ", "").toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(name.isBlank() ? "(a blank name)" : name);
            } else if (columnOf.containsValue(column)) {
                throw ApiProblem.invalid("file", "names the column " + column + " twice in its header row");
            } else {
                columnOf.put(name, column);
            }
        }
        List<String> missing = kind.required.stream().filter(c -> !columnOf.containsValue(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw ApiProblem.invalid("file", "line 1 (the header row) must name the columns "
                    + String.join(", ", kind.required) + (kind.optional.isEmpty() ? ""
                            : ", and may name " + String.join(", ", kind.optional))
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown)));
        }
        return columnOf;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid("file", "is not UTF-8 text; save it as \"CSV UTF-8\" and upload it again");
        }
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static long lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
