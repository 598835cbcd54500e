package org.a6gateway.sync;

import java.util.Optional;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.RetryLog;
import org.a6gateway.feeds.UpstreamFailure;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PushResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps one registry's long outage from stopping the other registry's work. A registry whose feed
 * cannot be read past its retries is set aside for the rest of the run: its commands stay pending
 * (not sent, so its breaker and retries are spared), its feed is not read back, and the run goes on
 * with the other registry's work, deciding on what the store holds — what both registries last
 * confirmed. The run then skips the reconciliation (a comparison with a registry it could not read
 * would report what it did not see) and completes without that registry: the summary names it and
 * why, the next run resumes its feed at the stored cursor and sends what waited.
 */
@Component
class RegistryOutages {

    private static final Logger log = LoggerFactory.getLogger(RegistryOutages.class);

    private final RunIngests ingests;
    private final RunRetries retries;
    private final Outbox outbox;
    private final PlannerStatistics statistics;
    private final RetryLog retryLog;

    RegistryOutages(RunIngests ingests, RunRetries retries, Outbox outbox, PlannerStatistics statistics, RetryLog retryLog) {
        this.retryLog = retryLog;
        this.ingests = ingests;
        this.retries = retries;
        this.outbox = outbox;
        this.statistics = statistics;
    }

    /**
     * The ingest step of one registry: its whole feed (then, when it stored many new records, fresh
     * planner statistics for the decisions that read them: {@link PlannerStatistics}), or the
     * registry set aside.
     */
    RepeatStatus ingest(ChunkContext chunk, RegistryConnector registry) {
        read(chunk, registry).ifPresent(progress -> {
            ingests.record(chunk, progress);
            statistics.afterIngest(registry.id(), progress.inserted());
        });
        return RepeatStatus.FINISHED;
    }

    /**
     * A private registry's partition of the ingest: its whole feed, or the registry set aside,
     * recorded in the partition's own context with the retries it took (it may run on another
     * instance: {@link PartitionResults}).
     */
    RepeatStatus ingestPartition(ChunkContext chunk, RegistryConnector registry) {
        retryLog.drain(registry.id()); // what an earlier, interrupted attempt left is not this one's
        try {
            var progress = registry.ingest();
            ingests.recordPartition(chunk, progress);
            statistics.afterIngest(registry.id(), progress.inserted());
        } catch (UpstreamFailure failure) {
            log.error("{} set aside for the rest of this run, the other registries' work goes on: {}",
                    registry.id(), failure.getMessage());
            SetAside.markPartitionUnavailable(chunk, registry.id(), failure.getMessage());
        } finally {
            retries.recordPartition(chunk, retryLog.drain(registry.id()));
        }
        return RepeatStatus.FINISHED;
    }

    /** Reads the feed unless the registry was set aside; a failure past the retries sets it aside. */
    Optional<IngestProgress> read(ChunkContext chunk, RegistryConnector registry) {
        if (SetAside.isUnavailable(chunk, registry.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(registry.ingest());
        } catch (UpstreamFailure failure) {
            log.error("{} set aside for the rest of this run, the other registries' work goes on: {}",
                    registry.id(), failure.getMessage());
            SetAside.markUnavailable(chunk, registry.id(), failure.getMessage());
            return Optional.empty();
        }
    }

    /** Pushes the registry's outbox, or leaves all of it pending while the registry is set aside. */
    PushResult push(ChunkContext chunk, RegistryConnector registry) {
        if (SetAside.isUnavailable(chunk, registry.id())) {
            return new PushResult(0, 0, Math.toIntExact(outbox.pendingCount(registry.id())));
        }
        return registry.push();
    }
}
