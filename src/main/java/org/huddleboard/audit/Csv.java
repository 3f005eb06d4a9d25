package org.huddleboard.audit;

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with a quote. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
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
