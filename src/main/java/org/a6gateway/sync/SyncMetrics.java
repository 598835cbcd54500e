package org.a6gateway.sync;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PushResult;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.Reconciliations;
import org.springframework.stereotype.Component;

/**
 * What an operator watches on /actuator/prometheus: pages and records read per registry, commands
 * pushed per registry and outcome, the outbox's pending commands and dead letters, and the latest
 * reconciliation's discrepancies per type. Job and step durations come from Spring Batch itself
 * ({@code spring_batch_job_seconds}, {@code spring_batch_step_seconds}).
 */
@Component
class SyncMetrics {

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry, Outbox outbox, Reconciliations reconciliations) {
        this.registry = registry;
        Gauge.builder("a6.outbox.dead.letters", outbox, Outbox::deadCount)
                .description("Commands the registries refused or never answered, waiting for a replay").register(registry);
        Gauge.builder("a6.outbox.pending", outbox, Outbox::pendingCount)
                .description("Commands waiting to be pushed").register(registry);
        for (DiscrepancyType type : DiscrepancyType.values()) {
            Gauge.builder("a6.discrepancies", reconciliations,
                            r -> r.latestCounts().getOrDefault(type.name(), 0L))
                    .tag("type", type.name()).tag("severity", type.severity().name())
                    .description("Discrepancies the latest reconciliation found").register(registry);
        }
    }

    void ingested(IngestProgress progress) {
        registry.counter("a6.ingest.pages", "registry", progress.registry()).increment(progress.pages());
        registry.counter("a6.ingest.records", "registry", progress.registry(), "outcome", "new").increment(progress.inserted());
        registry.counter("a6.ingest.records", "registry", progress.registry(), "outcome", "changed").increment(progress.updated());
        registry.counter("a6.ingest.records", "registry", progress.registry(), "outcome", "unchanged").increment(progress.unchanged());
    }

    void pushed(String target, PushResult result) {
        registry.counter("a6.pushes", "registry", target, "outcome", "delivered").increment(result.delivered());
        registry.counter("a6.pushes", "registry", target, "outcome", "dead_lettered").increment(result.deadLettered());
        registry.counter("a6.pushes", "registry", target, "outcome", "deferred").increment(result.deferred());
    }
}
