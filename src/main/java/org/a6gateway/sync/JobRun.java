package org.a6gateway.sync;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One execution of a Spring Batch job as the job repository recorded it, with each step's
 * progress. Exit descriptions are their first line: the reason, not the stack trace.
 */
public record JobRun(long id, long instanceId, String jobName, String status, String exitCode, String exitDescription,
                     LocalDateTime createdAt, LocalDateTime startedAt, LocalDateTime endedAt, List<StepRun> steps) {

    public JobRun {
        steps = List.copyOf(steps);
    }

    /** One step's progress: items read, written and skipped (read, process and write), commits and rollbacks. */
    public record StepRun(String name, String status, long readCount, long writeCount, long skipCount, long commitCount,
                          long rollbackCount, String exitCode, String exitDescription, LocalDateTime startedAt,
                          LocalDateTime endedAt) {
    }
}
