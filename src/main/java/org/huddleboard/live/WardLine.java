package org.huddleboard.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.huddleboard.measure.BoardChanged;

/**
 * One ward's single ordered publisher. Everything a ward's sockets receive (snapshots and
 * changes) is sent from its serial queue, so a snapshot and the changes around it reach a
 * socket in a consistent order: whatever leaves after a snapshot is newer than it, or ignored.
 */
final class WardLine {

    final String ward;
    private final Sequencer sequencer = new Sequencer();
    private final SerialQueue queue;
    private List<BoardChanged> outbox = new ArrayList<>();
    private boolean publishQueued;
    /** The board as last read on this line; touched only by tasks on the queue. */
    volatile CurrentBoard current;

    WardLine(String ward, Executor pool) {
        this.ward = ward;
        this.queue = new SerialQueue(pool);
    }

    synchronized void reserve(BoardChanged change) {
        sequencer.reserve(change);
    }

    /**
     * Records the end of a change's transaction. Changes now in order go to the outbox, and one
     * publish task is queued for whatever the outbox holds when it runs: under load, changes
     * that pile up are sent as one batch, read and rendered once.
     */
    synchronized void complete(BoardChanged change, boolean committed, Runnable publish) {
        List<BoardChanged> ready = sequencer.complete(change, committed);
        if (ready.isEmpty()) {
            return;
        }
        outbox.addAll(ready);
        if (!publishQueued) {
            publishQueued = true;
            queue.submit(publish);
        }
    }

    synchronized List<BoardChanged> takeOutbox() {
        publishQueued = false;
        List<BoardChanged> batch = outbox;
        outbox = new ArrayList<>();
        return batch;
    }

    void run(Runnable task) {
        queue.submit(task);
    }
}
