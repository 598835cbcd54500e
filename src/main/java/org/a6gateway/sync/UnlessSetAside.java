package org.a6gateway.sync;

import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A decision step whose authority is a registry — the national registry's authorizations, first
 * transfers and BTR adjustments — that does not run while that registry is set aside
 * ({@link RegistryOutages}). Its feed was read only in part: a decision on it could, say, remove a
 * label whose authorization sits on a page not read yet. The next run decides on the whole feed.
 */
final class UnlessSetAside extends GuardedStep {

    private final String registry;

    UnlessSetAside(Step decision, String registry, SyncRunContext context, JobRepository repository) {
        super(decision, context, repository);
        this.registry = registry;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        if (context().isUnavailable(execution.getJobExecution().getExecutionContext(), registry)) {
            skip(execution, "not decided: " + registry + " could not be read");
        } else {
            step.execute(execution);
        }
    }
}
