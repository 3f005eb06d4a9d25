package org.huddleboard.board;

import java.util.EnumSet;
import java.util.Set;

import org.huddleboard.escalation.EscalationChanges;
import org.huddleboard.huddle.WardChanges;
import org.huddleboard.idea.IdeaChanges;
import org.huddleboard.measure.BoardChanged;

import io.quarkus.qute.TemplateInstance;

/**
 * A part of the wall screen that is rendered and swapped on its own. The id is both the key in
 * a live message's {@code regions} and the id of the element the page replaces.
 */
public enum BoardRegion {
    MEASURES("measures"),
    IDEAS("ideas"),
    ESCALATIONS("escalations"),
    HUDDLE("huddle"),
    ACTIONS("actions"),
    THANKS("thanks"),
    THEME("wall-theme");

    public final String id;

    BoardRegion(String id) {
        this.id = id;
    }

    TemplateInstance template(BoardSnapshot board) {
        return switch (this) {
            case MEASURES -> BoardPage.Templates.board$measures(board);
            case IDEAS -> BoardPage.Templates.board$ideas(board);
            case ESCALATIONS -> BoardPage.Templates.board$escalations(board);
            case HUDDLE -> BoardPage.Templates.board$huddle(board);
            case ACTIONS -> BoardPage.Templates.board$actions(board);
            case THANKS -> BoardPage.Templates.board$thanks(board);
            case THEME -> BoardPage.Templates.board$theme(board);
        };
    }

    /**
     * What a change touches on this board: an entry touches the measures, whose region holds the
     * safety crosses too (they take places among the tiles); a card change touches the ideas only, and an
     * escalation change the escalations only; a huddle, action or thanks change its own region, and a change of the wall's settings its theme. A kind this does not know touches everything.
     */
    public static Set<BoardRegion> touchedBy(BoardChanged change, BoardSnapshot board) {
        if ("measure-entry".equals(change.kind())) {
            return EnumSet.of(MEASURES);
        }
        if ("measure-rebase".equals(change.kind())) {
            return EnumSet.of(MEASURES); // new limits, so new icons
        }
        if (IdeaChanges.KIND.equals(change.kind())) {
            return EnumSet.of(IDEAS);
        }
        if (EscalationChanges.KIND.equals(change.kind())) {
            return EnumSet.of(ESCALATIONS);
        }
        if (WardChanges.HUDDLE.equals(change.kind())) {
            return EnumSet.of(HUDDLE);
        }
        if (WardChanges.ACTION.equals(change.kind())) {
            return EnumSet.of(ACTIONS);
        }
        if (WardChanges.THANKS.equals(change.kind())) {
            return EnumSet.of(THANKS);
        }
        if (WallSettingsResource.KIND.equals(change.kind())) {
            return EnumSet.of(THEME);
        }
        return EnumSet.allOf(BoardRegion.class);
    }
}
