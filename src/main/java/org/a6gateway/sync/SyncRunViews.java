package org.a6gateway.sync;

import org.a6gateway.feeds.UpstreamFailure;
import org.a6gateway.jobs.JobFailures;
import org.springframework.batch.core.JobExecution;
import org.springframework.stereotype.Component;

/** A sync job's execution as callers see it: status, summary and the failure named in plain words. */
@Component
class SyncRunViews {

    private final RunOutcome outcome;

    SyncRunViews(RunOutcome outcome) {
        this.outcome = outcome;
    }

    SyncRun of(JobExecution execution) {
        var failures = execution.getAllFailureExceptions();
        return new SyncRun(execution.getId(), execution.getStatus().name(), execution.getStartTime(),
                execution.getEndTime(), outcome.summary(execution.getExecutionContext()),
                failures.isEmpty() ? JobFailures.recorded(execution).orElse(null) : describe(failures.get(0)), failures);
    }

    /** An upstream failure already says what and where; anything else is named by its root cause. */
    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UpstreamFailure upstream) {
                return upstream.getMessage();
            }
        }
        var root = JobFailures.root(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
