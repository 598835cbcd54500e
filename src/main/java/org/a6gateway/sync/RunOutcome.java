package org.a6gateway.sync;

import org.a6gateway.exports.ExportsSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * What a run's summary is made of besides its ingests, as the steps left it in the job's context
 * (the actions they promoted, the faults, the exports imported), and the summary itself.
 */
@Component
class RunOutcome {

    private static final String SUMMARY = "summary";
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
    private static final String EXPORTS = "exports";

    private final ContextJson json;
    private final RunRetries retries;
    private final RunPushes pushes;

    RunOutcome(ContextJson json, RunRetries retries, RunPushes pushes) {
        this.json = json;
        this.retries = retries;
        this.pushes = pushes;
    }

    RunActions actions(ChunkContext chunk) {
        var c = RunContexts.job(chunk);
        return new RunActions(c.getInt(LABELS_APPLIED, 0), c.getInt(LABELS_REMOVED, 0), c.getInt(ITMO_IDS_MINTED, 0),
                c.getLong(ITMO_UNITS_MINTED, 0L), c.getInt(ITMO_REFERENCES, 0), c.getInt(ITMO_WITHDRAWALS, 0),
                c.getInt(ITMO_REFERENCES_REMOVED, 0), c.getInt(CA_FLAGS, 0),
                c.getInt(RunPushes.PUSHED, 0), c.getInt(RunPushes.DEAD_LETTERED, 0), c.getInt(RunPushes.DEFERRED, 0));
    }

    RunFaults faults(ChunkContext chunk) {
        var context = RunContexts.job(chunk);
        return new RunFaults(retries.retried(context), pushes.deadLetters(context), pushes.deferredByRegistry(context),
                SetAside.unavailable(context), SetAside.skipped(context));
    }

    RepeatStatus recordExports(ChunkContext chunk, ExportsSummary exports) {
        RunContexts.job(chunk).putString(EXPORTS, json.write(exports));
        return RepeatStatus.FINISHED;
    }

    ExportsSummary exports(ChunkContext chunk) {
        var context = RunContexts.job(chunk);
        return context.containsKey(EXPORTS) ? json.read(context.getString(EXPORTS), ExportsSummary.class) : ExportsSummary.NONE;
    }

    RepeatStatus recordSummary(ChunkContext chunk, SyncSummary summary) {
        RunContexts.job(chunk).putString(SUMMARY, json.write(summary));
        return RepeatStatus.FINISHED;
    }

    SyncSummary summary(ExecutionContext jobContext) {
        return jobContext.containsKey(SUMMARY) ? json.read(jobContext.getString(SUMMARY), SyncSummary.class) : null;
    }
}
