package org.a6gateway.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A registry's breaker: closed, it lets every command through; after {@code threshold} failures
 * in a row it opens and lets none through for {@code openFor}; then it is half-open and lets one
 * trial command through — a success closes it, a failure opens it again. Keeps a registry that is
 * down from being hammered with retries, run after run. Each change of state is told to the
 * listener (the log and the metrics), so an operator sees when and why commands were held.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private final Consumer<State> changed;
    private int consecutiveFailures;
    private Instant openedAt;
    private State lastTold = State.CLOSED;

    CircuitBreaker(int threshold, Duration openFor, Clock clock, Consumer<State> changed) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
        this.changed = changed;
    }

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this(threshold, openFor, clock, state -> { });
    }

    synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    synchronized boolean allows() {
        var state = state();
        tell(state);
        return state != State.OPEN;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        openedAt = null;
        tell(State.CLOSED);
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (openedAt != null || consecutiveFailures >= threshold) {
            openedAt = clock.instant();
            // A failed trial opens it again: say so even though the last state told was "open" before it.
            if (lastTold == State.HALF_OPEN) {
                lastTold = State.CLOSED;
            }
        }
        tell(state());
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    Duration openFor() {
        return openFor;
    }

    private void tell(State state) {
        if (state != lastTold) {
            lastTold = state;
            changed.accept(state);
        }
    }
}
