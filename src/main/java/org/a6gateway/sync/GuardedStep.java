package org.a6gateway.sync;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A step of the sync that runs only when its condition holds; otherwise it is recorded as completed
 * with why it was skipped, and the run's summary lists it under {@code skipped}.
 */
abstract class GuardedStep implements Step {

    protected final Step step;
    private final JobRepository repository;

    GuardedStep(Step step, JobRepository repository) {
        this.step = step;
        this.repository = repository;
    }

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return step.isAllowStartIfComplete();
    }

    @Override
    public int getStartLimit() {
        return step.getStartLimit();
    }

    protected void skip(StepExecution execution, String why) {
        SetAside.markSkipped(execution.getJobExecution().getExecutionContext(), getName(), why);
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.COMPLETED);
        // "COMPLETED" is the exit code the job's next step follows; the description says it was skipped.
        execution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(why));
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
    }
}
