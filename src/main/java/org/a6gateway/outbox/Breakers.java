package org.a6gateway.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per registry, shared by every push to it for the life of the process, so a
 * registry that is down stays spared across delivery steps and runs. Changes of state go to the
 * log and to {@code a6_push_breaker_state} (0 closed, 1 half-open, 2 open) and
 * {@code a6_push_breaker_transitions_total}.
 */
@Component
public class Breakers {

    private static final Logger log = LoggerFactory.getLogger(Breakers.class);

    private final Map<String, CircuitBreaker> byRegistry = new ConcurrentHashMap<>();
    private final PushProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    Breakers(PushProperties properties, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    CircuitBreaker of(String registry) {
        return byRegistry.computeIfAbsent(registry, this::breaker);
    }

    /** Each registry's breaker state (CLOSED, OPEN, HALF_OPEN), for a run's summary. */
    public Map<String, String> states() {
        var states = new TreeMap<String, String>();
        byRegistry.forEach((registry, breaker) -> states.put(registry, breaker.state().name()));
        return states;
    }

    private CircuitBreaker breaker(String registry) {
        var openFor = Duration.ofMillis(properties.breakerOpenMs());
        // The listener is only called once the breaker is in the map: never while it is being built.
        var breaker = new CircuitBreaker(properties.breakerThreshold(), openFor, clock,
                state -> changed(registry, state, byRegistry.get(registry)));
        Gauge.builder("a6.push.breaker.state", breaker, Breakers::level)
                .tag("registry", registry).description("0 closed, 1 half-open, 2 open").register(meters);
        return breaker;
    }

    private static double level(CircuitBreaker breaker) {
        return switch (breaker.state()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    private void changed(String registry, CircuitBreaker.State state, CircuitBreaker breaker) {
        meters.counter("a6.push.breaker.transitions", "registry", registry, "state", state.name()).increment();
        switch (state) {
            case OPEN -> log.warn("{} breaker OPEN after {} commands dead-lettered in a row: its commands are deferred for {} ms",
                    registry, breaker.consecutiveFailures(), breaker.openFor().toMillis());
            case HALF_OPEN -> log.info("{} breaker HALF_OPEN: one trial command may pass", registry);
            case CLOSED -> log.info("{} breaker CLOSED: the registry answered again", registry);
        }
    }
}
