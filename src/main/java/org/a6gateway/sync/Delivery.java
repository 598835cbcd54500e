package org.a6gateway.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.a6gateway.connectors.Connectors;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.outbox.PushResult;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.stereotype.Component;

/**
 * A delivery step: push every registry's outbox (the national registries first: a private
 * reference follows the national pair), then read every feed back so the next decisions see what the
 * registries now hold. Not one transaction: delivered commands commit with their ledger events a
 * few dozen at a time ({@link org.a6gateway.outbox.CommandPusher}), so a crash half-way loses at
 * most those acknowledgements, and a restart sends only what is left, those under the same keys.
 */
@Component
class Delivery {

    private final Connectors connectors;
    private final RunRetries retries;
    private final RunPushes pushes;
    private final RunIngests ingests;
    private final SyncMetrics metrics;
    private final RegistryOutages outages;

    Delivery(Connectors connectors, RunRetries retries, RunPushes pushes, RunIngests ingests, SyncMetrics metrics,
             RegistryOutages outages) {
        this.connectors = connectors;
        this.retries = retries;
        this.pushes = pushes;
        this.ingests = ingests;
        this.metrics = metrics;
        this.outages = outages;
    }

    Step step(String name, JobRepository repository) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, chunk) -> retries.withRetriesCounted(chunk, () -> deliver(chunk)),
                        new ResourcelessTransactionManager())
                .build();
    }

    /** A registry set aside ({@link RegistryOutages}) is neither pushed to nor read back; the others are. */
    private RepeatStatus deliver(ChunkContext chunk) {
        var pushed = new LinkedHashMap<String, PushResult>();
        for (RegistryConnector registry : nationalFirst()) {
            var result = outages.push(chunk, registry);
            metrics.pushed(registry.id(), result);
            pushed.put(registry.id(), result);
        }
        pushes.record(chunk, pushed);
        for (RegistryConnector registry : connectors.privates()) {
            outages.read(chunk, registry).ifPresent(progress -> ingests.recordRefresh(chunk, progress));
        }
        for (RegistryConnector registry : connectors.nationals()) {
            outages.read(chunk, registry).ifPresent(progress -> ingests.recordRefresh(chunk, progress));
        }
        return RepeatStatus.FINISHED;
    }

    private List<RegistryConnector> nationalFirst() {
        var ordered = new ArrayList<RegistryConnector>();
        ordered.addAll(connectors.nationals());
        ordered.addAll(connectors.privates());
        return ordered;
    }
}
