package org.huddleboard.retry;

/** A repeat of a request that another transaction is still handling. */
class StillSaving extends RuntimeException {

    StillSaving() {
        super("This change is still being saved; try again in a moment", null, false, false);
    }
}
