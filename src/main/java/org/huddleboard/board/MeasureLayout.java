package org.huddleboard.board;

import java.util.ArrayList;
import java.util.List;

/**
 * What the measures region shows on a wall screen: as many tiles as its places hold, the rest as
 * one line each, and beyond those a count, so nothing is cut off by the screen without a word.
 * The wall's rem follows the viewport, so its places are the same at every size of one shape:
 * 4 across and 3 down on a landscape screen, 3 across and 4 down in portrait (board.css). A
 * safety cross takes two places, at the start; a tile with a note takes two, the note beside the
 * figures; the lines, when there are any, take the last row. Places are filled in order as the
 * browser's grid fills them, a two-place item never split across rows, and what is shown must fit
 * both shapes, since the server renders one board for every screen.
 */
public record MeasureLayout(List<Placed> tiles, List<MeasureTile> lines, int more) {

    /** Columns and rows of tile places: landscape, then portrait. */
    static final int[][] SHAPES = { { 4, 3 }, { 3, 4 } };
    static final int CROSS_PLACES = 2;
    /** One-line measures the last row holds: two columns of five. */
    static final int LINES = 10;

    /** A tile, whether it starts its category (it then carries the category's name), and its places. */
    public record Placed(MeasureTile tile, boolean first, boolean wide) {
    }

    static MeasureLayout of(List<MeasureTile> measures, int crosses) {
        int shown = fits(measures, measures.size(), crosses, false) ? measures.size() : 0;
        if (shown == 0) {
            while (shown < measures.size() && fits(measures, shown + 1, crosses, true)) {
                shown++;
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            MeasureTile m = measures.get(i);
            placed.add(new Placed(m, i == 0 || measures.get(i - 1).category() != m.category(), wide(m)));
        }
        int lines = Math.min(LINES, measures.size() - shown);
        return new MeasureLayout(placed, measures.subList(shown, shown + lines), measures.size() - shown - lines);
    }

    /** Whether the crosses, the first {@code tiles} measures and (if asked) a row of lines fit every shape. */
    static boolean fits(List<MeasureTile> measures, int tiles, int crosses, boolean linesRow) {
        for (int[] shape : SHAPES) {
            int columns = shape[0];
            int row = 0;
            int column = 0;
            List<Integer> spans = new ArrayList<>();
            for (int c = 0; c < crosses; c++) {
                spans.add(CROSS_PLACES);
            }
            for (int i = 0; i < tiles; i++) {
                spans.add(wide(measures.get(i)) ? 2 : 1);
            }
            if (linesRow) {
                spans.add(columns);
            }
            for (int span : spans) {
                if (column + span > columns) {
                    row++;
                    column = 0;
                }
                column += span;
            }
            int rows = column == 0 ? row : row + 1;
            if (rows > shape[1]) {
                return false;
            }
        }
        return true;
    }

    /** A tile with a note takes two places, so the note has room of its own beside the figures. */
    static boolean wide(MeasureTile m) {
        return m.today() != null && m.today().note() != null && !m.today().note().isBlank();
    }

    /** Measures not shown as tiles: in lines and counted. */
    public int notTiles() {
        return lines.size() + more;
    }
}
