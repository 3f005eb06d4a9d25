package org.huddleboard.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.huddleboard.measure.BoardChanged;
import org.jboss.logging.Logger;

/**
 * Puts one ward's committed changes back in version order. A change is reserved while its
 * transaction still holds the ward's row lock, so reservations come in version order; commits
 * may then finish in any order, and a change leaves only when every change reserved before it
 * has committed or rolled back. A rolled-back change consumed no version (its update of the
 * ward's version rolled back too), so it just leaves the queue. Not thread-safe: the caller locks.
 */
final class Sequencer {

    private static final Logger LOG = Logger.getLogger(Sequencer.class);
    /** A transaction that commits but never reports it would stall its ward; after this, skip it. */
    static final long STALL_NANOS = 30_000_000_000L;

    private static final class Slot {
        final BoardChanged change;
        final long reservedAt = System.nanoTime();
        boolean committed;

        Slot(BoardChanged change) {
            this.change = change;
        }
    }

    private final ArrayDeque<Slot> slots = new ArrayDeque<>();

    void reserve(BoardChanged change) {
        slots.addLast(new Slot(change));
    }

    /** Records how the change's transaction ended; answers the changes now ready to leave, in order. */
    List<BoardChanged> complete(BoardChanged change, boolean committed) {
        Slot slot = find(change);
        if (slot == null) {
            LOG.warnf("Board change %s v%d was never reserved or was skipped; not sent", change.ward(),
                    change.version());
        } else if (committed) {
            slot.committed = true;
        } else {
            slots.remove(slot);
        }
        List<BoardChanged> ready = new ArrayList<>();
        while (!slots.isEmpty()) {
            Slot head = slots.peekFirst();
            if (head.committed) {
                ready.add(slots.removeFirst().change);
            } else if (System.nanoTime() - head.reservedAt > STALL_NANOS && laterCommitted()) {
                LOG.warnf("Board change %s v%d never finished; skipped (screens resync on the gap)",
                        head.change.ward(), head.change.version());
                slots.removeFirst();
            } else {
                break;
            }
        }
        return ready;
    }

    int waiting() {
        return slots.size();
    }

    private Slot find(BoardChanged change) {
        // The same event object reaches every observer: match by identity, as two transactions
        // may take the same version in turn when the first rolls back.
        for (Iterator<Slot> it = slots.iterator(); it.hasNext();) {
            Slot s = it.next();
            if (s.change == change) {
                return s;
            }
        }
        return null;
    }

    private boolean laterCommitted() {
        return slots.stream().skip(1).anyMatch(s -> s.committed);
    }
}
