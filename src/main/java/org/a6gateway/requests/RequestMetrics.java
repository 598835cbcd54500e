package org.a6gateway.requests;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.a6gateway.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Per read-only registry: how many requests its operator has open ({@code a6.requests.open}) and
 * how long the oldest has waited ({@code a6.requests.oldest.age}, seconds; 0 with none open), so
 * an alert can fire on a request left undone.
 */
@Component
class RequestMetrics {

    RequestMetrics(MeterRegistry meters, OperatorRequests requests, Outbox outbox, Clock clock) {
        for (String registry : requests.registries()) {
            Gauge.builder("a6.requests.open", outbox, o -> o.pendingCount(registry)).tag("registry", registry)
                    .description("Requests open for the operator of a registry the gateway cannot write").register(meters);
            Gauge.builder("a6.requests.oldest.age", outbox, o -> o.oldestPending(registry)
                            .map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(0L))
                    .tag("registry", registry).baseUnit("seconds")
                    .description("How long the oldest open request of the registry has waited").register(meters);
        }
    }
}
