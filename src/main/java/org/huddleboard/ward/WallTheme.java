package org.huddleboard.ward;

import java.util.Locale;

/** How a ward's wall screen looks. Status colours mean the same in both. */
public enum WallTheme {
    DARK,
    LIGHT;

    /** The page's {@code data-theme}, which the wall's style sheet keys its colours on. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
