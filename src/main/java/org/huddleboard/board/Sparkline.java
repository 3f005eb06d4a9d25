package org.huddleboard.board;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** SVG coordinates for a 14-day sparkline with a faint target line, drawn by the template. */
public record Sparkline(String points, String lastPoint, double targetY) {

    static final double WIDTH = 200;
    static final double HEIGHT = 48;
    private static final double PAD = 5;

    static Sparkline of(List<Double> values, double target) {
        double min = target;
        double max = target;
        for (Double v : values) {
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double span = max - min == 0 ? 1 : max - min;
        double step = values.size() > 1 ? (WIDTH - 2 * PAD) / (values.size() - 1) : 0;
        StringJoiner points = new StringJoiner(" ");
        String last = null;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                last = coord(PAD + i * step) + "," + coord(y(v, min, span));
                points.add(last);
            }
        }
        return new Sparkline(points.toString(), last, Double.parseDouble(coord(y(target, min, span))));
    }

    private static double y(double v, double min, double span) {
        return HEIGHT - PAD - (v - min) / span * (HEIGHT - 2 * PAD);
    }

    private static String coord(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    public String lastX() {
        return lastPoint == null ? null : lastPoint.substring(0, lastPoint.indexOf(','));
    }

    public String lastY() {
        return lastPoint == null ? null : lastPoint.substring(lastPoint.indexOf(',') + 1);
    }
}
