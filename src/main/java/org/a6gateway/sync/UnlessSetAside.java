package org.a6gateway.sync;

import java.util.List;
import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A decision step whose authority is the national registries — their authorizations, first
 * transfers and BTR adjustments — that does not run while any of them is set aside
 * ({@link RegistryOutages}). Its feed was read only in part: a decision on it could, say, remove a
 * label whose authorization sits on a page not read yet. The next run decides on the whole feed.
 */
final class UnlessSetAside extends GuardedStep {

    private final List<String> registries;

    UnlessSetAside(Step decision, List<String> registries, JobRepository repository) {
        super(decision, repository);
        this.registries = List.copyOf(registries);
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        var jobContext = execution.getJobExecution().getExecutionContext();
        var unread = registries.stream().filter(registry -> SetAside.isUnavailable(jobContext, registry)).toList();
        if (!unread.isEmpty()) {
            skip(execution, "not decided: " + String.join(", ", unread) + " could not be read");
        } else {
            step.execute(execution);
        }
    }
}
