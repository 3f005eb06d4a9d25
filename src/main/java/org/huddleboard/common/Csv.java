package org.huddleboard.common;

/** RFC 4180 CSV, for every export; cells that a spreadsheet would run as a formula are prefixed with a quote. */
public final class Csv {

    private Csv() {
    }

    public static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString(); // a negative number is a number, not a formula
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains("'")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
