package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.outbox.CircuitBreaker.State;
import org.a6gateway.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The breaker's whole cycle on a clock moved by hand: closed → open after the threshold of failures
 * in a row → half-open once the window has passed → open again on a failed trial, closed on a good
 * one — and every change told once, to the log, the state gauge and the transition counter.
 */
class CircuitBreakerTest {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final List<State> told = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(3, WINDOW, clock, told::add);

    @Test
    void opensAfterTheThresholdHalfOpensAfterItsWindowReopensOnAFailedTrialAndClosesOnAGoodOne() {
        breaker.failed();
        breaker.failed();
        assertThat(breaker.allows()).as("two failures in a row, threshold three").isTrue();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        breaker.failed();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allows()).isFalse();

        clock.advance(WINDOW.minusMillis(1));
        assertThat(breaker.allows()).as("one millisecond before the window ends").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allows()).as("one trial command").isTrue();

        breaker.failed();
        assertThat(breaker.state()).as("a failed trial opens it again at once, not after three").isEqualTo(State.OPEN);
        clock.advance(WINDOW.minusMillis(1));
        assertThat(breaker.allows()).as("for a whole new window").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.allows()).isTrue();

        breaker.succeeded();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        breaker.failed();
        breaker.failed();
        assertThat(breaker.state()).as("the count starts again from a good answer").isEqualTo(State.CLOSED);

        assertThat(told).containsExactly(State.OPEN, State.HALF_OPEN, State.OPEN, State.HALF_OPEN, State.CLOSED);
    }

    @ParameterizedTest(name = "threshold {0}: {1} failures in a row → {2}")
    @CsvSource(textBlock = """
            1, 1, OPEN
            5, 4, CLOSED
            5, 5, OPEN
            5, 6, OPEN
            """)
    void opensOnTheThresholdthFailureInARow(int threshold, int failures, State expected) {
        var b = new CircuitBreaker(threshold, WINDOW, clock);
        for (int i = 0; i < failures; i++) {
            b.failed();
        }
        assertThat(b.state()).isEqualTo(expected);
    }

    @Test
    void aSuccessBetweenFailuresKeepsItClosed() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        breaker.failed();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(told).isEmpty();
    }

    @Test
    void theMetricsFollowTheCycle() {
        var meters = new SimpleMeterRegistry();
        var breakers = new Breakers(new PushProperties(3, 1, 10, 2, WINDOW.toMillis()), clock, meters);
        var vcm = breakers.of("vcm-registry");

        vcm.failed();
        vcm.failed();
        assertThat(gauge(meters)).isEqualTo(2.0);
        assertThat(breakers.states()).containsEntry("vcm-registry", "OPEN");
        clock.advance(WINDOW);
        assertThat(gauge(meters)).isEqualTo(1.0);
        assertThat(vcm.allows()).isTrue();
        vcm.succeeded();
        assertThat(gauge(meters)).isEqualTo(0.0);
        assertThat(breakers.states()).containsEntry("vcm-registry", "CLOSED");

        for (String state : List.of("OPEN", "HALF_OPEN", "CLOSED")) {
            assertThat(meters.counter("a6.push.breaker.transitions", "registry", "vcm-registry", "state", state).count())
                    .as(state).isEqualTo(1.0);
        }
    }

    private static double gauge(SimpleMeterRegistry meters) {
        return meters.get("a6.push.breaker.state").tag("registry", "vcm-registry").gauge().value();
    }
}
