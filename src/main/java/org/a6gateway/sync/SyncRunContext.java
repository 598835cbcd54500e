package org.a6gateway.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.RetryLog;
import org.a6gateway.feeds.RetryTally;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.outbox.PushResult;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.StepExecutionAggregator;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps a run's ingest progress and summary in the job's execution context, as JSON text: the
 * job repository then holds each run's outcome and nothing needs a table of its own.
 */
@Component
class SyncRunContext {

    static final String SUMMARY = "summary";
    private static final String INGEST_PREFIX = "ingest.";
    private static final String REFRESH_PREFIX = "refresh.";
    /** Promoted by the authorizationLabels step. */
    private static final String LABELS_APPLIED = "labelsApplied";
    private static final String LABELS_REMOVED = "labelsRemoved";
    /** Promoted by the ITMO and corresponding-adjustment steps. */
    private static final String ITMO_IDS_MINTED = "itmoIdsMinted";
    private static final String ITMO_UNITS_MINTED = "itmoUnitsMinted";
    private static final String ITMO_REFERENCES = "itmoReferencesAttached";
    private static final String ITMO_WITHDRAWALS = "itmoWithdrawals";
    private static final String ITMO_REFERENCES_REMOVED = "itmoReferencesRemoved";
    private static final String CA_FLAGS = "caFlagsApplied";
    private static final String PUSHED = "pushed";
    private static final String DEAD_LETTERED = "deadLettered";
    private static final String DEFERRED = "deferred";
    private static final String RETRIED = "retried";
    private static final String DEAD_LETTERED_COMMANDS = "deadLetteredCommands";
    private static final String DEFERRED_BY_REGISTRY = "deferredByRegistry";
    private static final String UNAVAILABLE_PREFIX = "unavailable.";
    private static final String SKIPPED_PREFIX = "skipped.";
    private static final String EXPORTS = "exports";
    private static final TypeReference<Map<String, Map<String, RetryTally>>> RETRIES = new TypeReference<>() { };
    private static final TypeReference<List<DeadLetter>> DEAD_LETTERS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };

    private final ObjectMapper json;
    private final SyncMetrics metrics;
    private final RetryLog retryLog;

    SyncRunContext(ObjectMapper json, SyncMetrics metrics, RetryLog retryLog) {
        this.metrics = metrics;
        this.json = json;
        this.retryLog = retryLog;
    }

    /**
     * Runs a step's calls to the registries and adds what they retried to the run's, whether
     * they got through or not: a run that stopped still counts the attempts it made.
     */
    RepeatStatus withRetriesCounted(ChunkContext chunk, Supplier<RepeatStatus> work) {
        retryLog.drain(); // what an earlier, interrupted step left is not this step's
        try {
            return work.get();
        } finally {
            recordRetries(chunk, retryLog.drain());
        }
    }

    /**
     * A partition keeps what it read, set aside and retried in its own step's context: it may run on
     * another instance, whose copy of the job's context is not the run's. {@link #partitionResults()}
     * gathers them into the job's once every partition ended.
     */
    void recordPartitionIngest(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        stepContext(chunk).putString(INGEST_PREFIX + progress.registry(), write(progress));
    }

    void markPartitionUnavailable(ChunkContext chunk, String registry, String reason) {
        stepContext(chunk).putString(UNAVAILABLE_PREFIX + registry, reason);
    }

    void recordPartitionRetries(ChunkContext chunk, Map<String, Map<String, RetryTally>> retried) {
        stepContext(chunk).putString(RETRIED, write(retried));
    }

    /** The partitions' counts summed as Spring Batch does, and what each recorded moved into the job's context. */
    StepExecutionAggregator partitionResults() {
        var counts = new DefaultStepExecutionAggregator();
        return (result, partitions) -> {
            counts.aggregate(result, partitions);
            var job = result.getJobExecution().getExecutionContext();
            for (StepExecution partition : partitions) {
                var own = partition.getExecutionContext();
                own.entrySet().stream().filter(e -> e.getKey().startsWith(INGEST_PREFIX) || e.getKey().startsWith(UNAVAILABLE_PREFIX))
                        .forEach(e -> job.put(e.getKey(), e.getValue()));
                if (own.containsKey(RETRIED)) {
                    recordRetries(job, read(own.getString(RETRIED), RETRIES));
                }
            }
        };
    }

    private void recordRetries(ChunkContext chunk, Map<String, Map<String, RetryTally>> retried) {
        recordRetries(jobContext(chunk), retried);
    }

    private synchronized void recordRetries(ExecutionContext context, Map<String, Map<String, RetryTally>> retried) {
        var sum = context.containsKey(RETRIED) ? read(context.getString(RETRIED), RETRIES) : new TreeMap<String, Map<String, RetryTally>>();
        retried.forEach((registry, phases) -> phases.forEach((phase, tally) ->
                sum.computeIfAbsent(registry, r -> new TreeMap<>()).merge(phase, tally, RetryTally::plus)));
        context.putString(RETRIED, write(sum));
    }

    RepeatStatus recordIngest(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        jobContext(chunk).putString(INGEST_PREFIX + progress.registry(), write(progress));
        return RepeatStatus.FINISHED;
    }

    /**
     * Each delivery step adds what it delivered and dead-lettered to the run's. Deferred commands
     * are offered again by the next delivery, so the run's figure is the last one's: what the
     * breakers left for a later run.
     */
    void recordPush(ChunkContext chunk, Map<String, PushResult> byRegistry) {
        var context = jobContext(chunk);
        var all = byRegistry.values().stream().reduce(new PushResult(0, 0, 0), PushResult::plus);
        context.putInt(PUSHED, context.getInt(PUSHED, 0) + all.delivered());
        context.putInt(DEAD_LETTERED, context.getInt(DEAD_LETTERED, 0) + all.deadLettered());
        context.putInt(DEFERRED, all.deferred());
        var deferred = new TreeMap<String, Integer>();
        byRegistry.forEach((registry, push) -> deferred.put(registry, push.deferred()));
        context.putString(DEFERRED_BY_REGISTRY, write(deferred));
        var named = new ArrayList<>(deadLetters(context));
        all.deadLetters().stream().limit(Math.max(0, PushResult.NAMED_DEAD_LETTERS - named.size())).forEach(named::add);
        context.putString(DEAD_LETTERED_COMMANDS, write(named));
    }

    RunFaults faults(ChunkContext chunk) {
        var context = jobContext(chunk);
        return new RunFaults(context.containsKey(RETRIED) ? read(context.getString(RETRIED), RETRIES) : Map.of(),
                deadLetters(context),
                context.containsKey(DEFERRED_BY_REGISTRY) ? read(context.getString(DEFERRED_BY_REGISTRY), COUNTS) : Map.of(),
                unavailable(context), prefixed(context, SKIPPED_PREFIX));
    }

    private List<DeadLetter> deadLetters(ExecutionContext context) {
        return context.containsKey(DEAD_LETTERED_COMMANDS) ? read(context.getString(DEAD_LETTERED_COMMANDS), DEAD_LETTERS)
                : List.of();
    }

    /** The read-backs after each delivery are progress of the same feed, summed over the run. */
    void recordRefresh(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        var context = jobContext(chunk);
        String key = REFRESH_PREFIX + progress.registry();
        var sum = context.containsKey(key) ? read(context.getString(key), IngestProgress.class).then(progress) : progress;
        context.putString(key, write(sum));
    }

    /** A registry that could not be read past its retries: set aside for the rest of the run, with why. */
    void markUnavailable(ChunkContext chunk, String registry, String reason) {
        jobContext(chunk).putString(UNAVAILABLE_PREFIX + registry, reason);
    }

    boolean isUnavailable(ChunkContext chunk, String registry) {
        return isUnavailable(jobContext(chunk), registry);
    }

    boolean isUnavailable(ExecutionContext jobContext, String registry) {
        return jobContext.containsKey(UNAVAILABLE_PREFIX + registry);
    }

    /** Registry → why it was set aside, for the registries this run could not read. */
    Map<String, String> unavailable(ExecutionContext jobContext) {
        return prefixed(jobContext, UNAVAILABLE_PREFIX);
    }

    /** A step the run did not take, and why. */
    void markSkipped(ExecutionContext jobContext, String step, String why) {
        jobContext.putString(SKIPPED_PREFIX + step, why);
    }

    private static Map<String, String> prefixed(ExecutionContext context, String prefix) {
        var values = new TreeMap<String, String>();
        context.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .forEach(e -> values.put(e.getKey().substring(prefix.length()), (String) e.getValue()));
        return values;
    }

    RunActions actions(ChunkContext chunk) {
        var c = jobContext(chunk);
        return new RunActions(c.getInt(LABELS_APPLIED, 0), c.getInt(LABELS_REMOVED, 0), c.getInt(ITMO_IDS_MINTED, 0),
                c.getLong(ITMO_UNITS_MINTED, 0L), c.getInt(ITMO_REFERENCES, 0), c.getInt(ITMO_WITHDRAWALS, 0),
                c.getInt(ITMO_REFERENCES_REMOVED, 0), c.getInt(CA_FLAGS, 0),
                c.getInt(PUSHED, 0), c.getInt(DEAD_LETTERED, 0), c.getInt(DEFERRED, 0));
    }

    RepeatStatus recordExports(ChunkContext chunk, ExportsSummary exports) {
        jobContext(chunk).putString(EXPORTS, write(exports));
        return RepeatStatus.FINISHED;
    }

    ExportsSummary exports(ChunkContext chunk) {
        var context = jobContext(chunk);
        return context.containsKey(EXPORTS) ? read(context.getString(EXPORTS), ExportsSummary.class) : ExportsSummary.NONE;
    }

    RepeatStatus recordSummary(ChunkContext chunk, SyncSummary summary) {
        jobContext(chunk).putString(SUMMARY, write(summary));
        return RepeatStatus.FINISHED;
    }

    Map<String, IngestProgress> ingested(ChunkContext chunk) {
        var ingested = new TreeMap<String, IngestProgress>();
        jobContext(chunk).entrySet().forEach(e -> {
            if (e.getKey().startsWith(INGEST_PREFIX)) {
                ingested.put(e.getKey().substring(INGEST_PREFIX.length()), read((String) e.getValue(), IngestProgress.class));
            } else if (e.getKey().startsWith(REFRESH_PREFIX)) {
                ingested.put(e.getKey().substring(REFRESH_PREFIX.length()) + " (read back)",
                        read((String) e.getValue(), IngestProgress.class));
            }
        });
        return ingested;
    }

    SyncSummary summary(ExecutionContext jobContext) {
        return jobContext.containsKey(SUMMARY) ? read(jobContext.getString(SUMMARY), SyncSummary.class) : null;
    }

    private static ExecutionContext stepContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getExecutionContext();
    }

    private static ExecutionContext jobContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sync run context", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read sync run context", e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read sync run context", e);
        }
    }
}
