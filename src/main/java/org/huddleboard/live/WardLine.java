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
    /**
     * With several nodes ({@link ClusterRelay}): the last version this line's screens were sent, or
     * -1 before the first. Touched only by tasks on the queue.
     */
    volatile long relayed = -1;
    private boolean fetchQueued;
    private long hint = Long.MAX_VALUE;

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

    /**
     * A change up to {@code version} (or -1: maybe some) was committed by some node. Answers whether
     * a catch-up must be queued: only one waits at a time, and it reads whatever is there when it runs.
     */
    synchronized boolean wantFetch(long version) {
        if (version > 0 && version < hint) {
            hint = version;
        }
        if (fetchQueued) {
            return false;
        }
        fetchQueued = true;
        return true;
    }

    /** The catch-up starts: the lowest version announced since the last one, if any. */
    synchronized long takeFetch() {
        fetchQueued = false;
        long h = hint;
        hint = Long.MAX_VALUE;
        return h;
    }

    void run(Runnable task) {
        queue.submit(task);
    }
}
