package org.huddleboard.retry;

/** The stored answer to a repeated request; thrown so that it replaces whatever the method returns. */
class Replay extends RuntimeException {

    final transient IdempotentRequest answer;

    Replay(IdempotentRequest answer) {
        super("replayed", null, false, false);
        this.answer = answer;
    }
}
