package org.huddleboard.access;

/** The pages /pair shows only in rare moments, rendered for tests elsewhere to look at. */
public final class PairPages {

    private PairPages() {
    }

    /** What a screen sees when too many from its network are waiting for a code. */
    public static String busy() {
        return PairPage.Templates.busy(true, PairPage.RETRY_AFTER_SECONDS).render();
    }
}
