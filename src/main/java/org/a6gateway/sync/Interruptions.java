package org.a6gateway.sync;

import java.time.LocalDateTime;
import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * An execution whose process died (killed, power lost) still reads as running in the job
 * repository, and Spring Batch neither restarts it nor starts its job instance again. Marking it
 * failed, as interrupted, is safe only for a caller that knows no process runs it: one that holds
 * the job's lease ({@link JobLeases}) and runs nothing of the job itself.
 */
final class Interruptions {

    static final String REASON = "interrupted: the process running it ended";

    private Interruptions() {
    }

    static void markInterrupted(JobRepository repository, JobExecution execution) {
        var now = LocalDateTime.now();
        for (var step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(REASON));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(REASON));
        execution.setEndTime(now);
        repository.update(execution);
    }
}
