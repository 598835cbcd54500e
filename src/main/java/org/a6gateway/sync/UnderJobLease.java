package org.a6gateway.sync;

import org.a6gateway.jobs.JobLeases;
import org.a6gateway.jobs.LeaseHeldElsewhere;
import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A step of the sync that is also a job of its own (the reconciliation): it runs under that job's
 * lease, so it never runs on two instances at once. While another instance holds the lease — it is
 * reconciling right now — the sync skips the step rather than fail for it.
 */
final class UnderJobLease extends GuardedStep {

    private final String job;
    private final JobLeases leases;

    UnderJobLease(Step step, String job, JobLeases leases, JobRepository repository) {
        super(step, repository);
        this.job = job;
        this.leases = leases;
    }

    @Override
    public void execute(StepExecution execution) throws JobInterruptedException {
        try {
            leases.beginRun(job);
        } catch (LeaseHeldElsewhere held) {
            skip(execution, "not reconciled here: " + held.getMessage());
            return;
        }
        try {
            step.execute(execution);
        } finally {
            leases.endRun(job);
        }
    }
}
