package org.a6gateway.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A registry's breaker: closed, it lets every command through; after {@code threshold} failures
 * in a row it opens and lets none through for {@code openFor}; then it is half-open and lets one
 * trial command through — a success closes it, a failure opens it again. Keeps a registry that is
 * down from being hammered with retries, run after run.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openedAt;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    synchronized boolean allows() {
        return state() != State.OPEN;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        openedAt = null;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (openedAt != null || consecutiveFailures >= threshold) {
            openedAt = clock.instant();
        }
    }
}
