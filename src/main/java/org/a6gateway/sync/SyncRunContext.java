package org.a6gateway.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.ledger.IngestProgress;
import org.a6gateway.ledger.PushResult;
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
    private static final String CA_FLAGS = "caFlagsApplied";
    private static final String PUSHED = "pushed";
    private static final String DEAD_LETTERED = "deadLettered";
    private static final String DEFERRED = "deferred";

    private final ObjectMapper json;
    private final SyncMetrics metrics;

    SyncRunContext(ObjectMapper json, SyncMetrics metrics) {
        this.metrics = metrics;
        this.json = json;
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
    void recordPush(ChunkContext chunk, PushResult push) {
        var context = jobContext(chunk);
        context.putInt(PUSHED, context.getInt(PUSHED, 0) + push.delivered());
        context.putInt(DEAD_LETTERED, context.getInt(DEAD_LETTERED, 0) + push.deadLettered());
        context.putInt(DEFERRED, push.deferred());
    }

    /** The read-backs after each delivery are progress of the same feed, summed over the run. */
    void recordRefresh(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        var context = jobContext(chunk);
        String key = REFRESH_PREFIX + progress.registry();
        var sum = context.containsKey(key) ? read(context.getString(key), IngestProgress.class).then(progress) : progress;
        context.putString(key, write(sum));
    }

    RunActions actions(ChunkContext chunk) {
        var c = jobContext(chunk);
        return new RunActions(c.getInt(LABELS_APPLIED, 0), c.getInt(LABELS_REMOVED, 0), c.getInt(ITMO_IDS_MINTED, 0),
                c.getLong(ITMO_UNITS_MINTED, 0L), c.getInt(ITMO_REFERENCES, 0), c.getInt(CA_FLAGS, 0),
                c.getInt(PUSHED, 0), c.getInt(DEAD_LETTERED, 0), c.getInt(DEFERRED, 0));
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

    private static ExecutionContext jobContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    private String write(Object value) {
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
}
