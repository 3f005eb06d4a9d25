package org.huddleboard.live;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

/** Runs tasks one at a time, in the order they were submitted, on a shared pool. */
final class SerialQueue {

    private static final Logger LOG = Logger.getLogger(SerialQueue.class);

    private final Executor pool;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialQueue(Executor pool) {
        this.pool = pool;
    }

    void submit(Runnable task) {
        synchronized (this) {
            tasks.addLast(task);
            if (running) {
                return;
            }
            running = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.pollFirst();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.error("A live board task failed", e);
            }
        }
    }
}
