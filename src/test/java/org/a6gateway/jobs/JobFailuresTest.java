package org.a6gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;

/** A failed run says why, whether the JVM that ran it still holds the exception or only the job repository does. */
class JobFailuresTest {

    private static JobExecution failed() {
        var execution = new JobExecution(new JobInstance(1L, "report"), 7L, new JobParameters());
        var step = execution.createStepExecution("report");
        step.setExitStatus(ExitStatus.FAILED.addExitDescription(new IllegalStateException("the disk is full",
                new java.io.IOException("No space left on device"))));
        return execution;
    }

    @Test
    void inTheJvmThatRanItTheRootCauseSpeaks() {
        var execution = failed();
        execution.addFailureException(new IllegalStateException("the disk is full", new java.io.IOException("No space left on device")));

        assertThat(JobFailures.of(execution)).isEqualTo("No space left on device");
    }

    @Test
    void readBackFromTheRepositoryTheFailedStepsFirstLineSpeaks() {
        assertThat(JobFailures.of(failed())).isEqualTo("the disk is full");
    }

    @Test
    void aRunThatDidNotFailHasNoReason() {
        var execution = new JobExecution(new JobInstance(1L, "report"), 8L, new JobParameters());
        execution.createStepExecution("report").setExitStatus(ExitStatus.COMPLETED);

        assertThat(JobFailures.of(execution)).isNull();
    }
}
