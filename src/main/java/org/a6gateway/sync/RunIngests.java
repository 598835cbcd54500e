package org.a6gateway.sync;

import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.feeds.IngestProgress;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** What a run read of each registry's feed: the ingest, and the read-backs after each delivery. */
@Component
class RunIngests {

    static final String INGEST_PREFIX = "ingest.";
    private static final String REFRESH_PREFIX = "refresh.";

    private final ContextJson json;
    private final SyncMetrics metrics;

    RunIngests(ContextJson json, SyncMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    RepeatStatus record(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        RunContexts.job(chunk).putString(INGEST_PREFIX + progress.registry(), json.write(progress));
        return RepeatStatus.FINISHED;
    }

    /**
     * A partition keeps what it read in its own step's context: it may run on another instance,
     * whose copy of the job's context is not the run's. {@link PartitionResults} gathers them into
     * the job's once every partition ended.
     */
    void recordPartition(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        RunContexts.step(chunk).putString(INGEST_PREFIX + progress.registry(), json.write(progress));
    }

    /** The read-backs after each delivery are progress of the same feed, summed over the run. */
    void recordRefresh(ChunkContext chunk, IngestProgress progress) {
        metrics.ingested(progress);
        var context = RunContexts.job(chunk);
        String key = REFRESH_PREFIX + progress.registry();
        var sum = context.containsKey(key) ? json.read(context.getString(key), IngestProgress.class).then(progress) : progress;
        context.putString(key, json.write(sum));
    }

    /** Each registry's ingest, and its read-backs as "{@code <registry>} (read back)". */
    Map<String, IngestProgress> ingested(ChunkContext chunk) {
        var ingested = new TreeMap<String, IngestProgress>();
        RunContexts.job(chunk).entrySet().forEach(e -> {
            if (e.getKey().startsWith(INGEST_PREFIX)) {
                ingested.put(e.getKey().substring(INGEST_PREFIX.length()), json.read((String) e.getValue(), IngestProgress.class));
            } else if (e.getKey().startsWith(REFRESH_PREFIX)) {
                ingested.put(e.getKey().substring(REFRESH_PREFIX.length()) + " (read back)",
                        json.read((String) e.getValue(), IngestProgress.class));
            }
        });
        return ingested;
    }
}
