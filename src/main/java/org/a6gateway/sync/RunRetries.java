package org.a6gateway.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.a6gateway.feeds.RetryLog;
import org.a6gateway.feeds.RetryTally;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The attempts a run's calls to the registries retried, per registry and phase, summed in the job's context. */
@Component
class RunRetries {

    static final String RETRIED = "retried";
    private static final TypeReference<Map<String, Map<String, RetryTally>>> RETRIES = new TypeReference<>() { };

    private final ContextJson json;
    private final RetryLog retryLog;

    RunRetries(ContextJson json, RetryLog retryLog) {
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
            add(RunContexts.job(chunk), retryLog.drain());
        }
    }

    /** A partition keeps its retries in its own step's context: {@link PartitionResults} adds them to the job's. */
    void recordPartition(ChunkContext chunk, Map<String, Map<String, RetryTally>> retried) {
        RunContexts.step(chunk).putString(RETRIED, json.write(retried));
    }

    /** Adds {@code retried} to what {@code context} holds. */
    synchronized void add(ExecutionContext context, Map<String, Map<String, RetryTally>> retried) {
        var sum = context.containsKey(RETRIED) ? retried(context) : new TreeMap<String, Map<String, RetryTally>>();
        retried.forEach((registry, phases) -> phases.forEach((phase, tally) ->
                sum.computeIfAbsent(registry, r -> new TreeMap<>()).merge(phase, tally, RetryTally::plus)));
        context.putString(RETRIED, json.write(sum));
    }

    /** Registry → phase → what was retried, as {@code context} holds it (none recorded: empty). */
    Map<String, Map<String, RetryTally>> retried(ExecutionContext context) {
        return context.containsKey(RETRIED) ? json.read(context.getString(RETRIED), RETRIES) : Map.of();
    }
}
