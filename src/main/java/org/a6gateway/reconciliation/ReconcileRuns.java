package org.a6gateway.reconciliation;

import java.util.Optional;
import org.a6gateway.jobs.BackgroundLauncher;
import org.a6gateway.jobs.JobFailures;
import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Starts the reconcile job (in the caller's thread for the CLI, in the background for the API) and finds its runs. */
@Service
public class ReconcileRuns {

    private final Job reconcileJob;
    private final JobLauncher launcher;
    private final JobLauncher backgroundLauncher;
    private final JobExplorer explorer;
    private final Reconciliations reconciliations;
    private final JobLeases leases;

    ReconcileRuns(Job reconcileJob, JobLauncher launcher, JobRepository repository, JobExplorer explorer,
                  Reconciliations reconciliations, JobLeases leases) {
        this.reconcileJob = reconcileJob;
        this.launcher = launcher;
        this.explorer = explorer;
        this.reconciliations = reconciliations;
        this.leases = leases;
        this.backgroundLauncher = BackgroundLauncher.of(repository, "reconcile-",
                () -> leases.endRun(ReconcileJobConfiguration.JOB_NAME));
    }

    /** A run of the job: its execution's status and, once completed, what the reconciliation found. */
    public record JobRun(long id, String status, ReconciliationRun reconciliation, String failure) {

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /**
     * Reconciles in the caller's thread. Every run holds the reconcile lease: with several gateway
     * instances on one database, one reconciles at a time (another's attempt is refused,
     * {@link org.a6gateway.jobs.LeaseHeldElsewhere}), so "new" and "resolved" always compare with
     * the run before.
     */
    public JobRun runNow() {
        leases.beginRun(ReconcileJobConfiguration.JOB_NAME);
        try {
            return view(launch(launcher));
        } finally {
            leases.endRun(ReconcileJobConfiguration.JOB_NAME);
        }
    }

    /** Starts a reconciliation in the background, under the lease until it ends; poll {@link #find(long)}. */
    public JobRun start() {
        leases.beginRun(ReconcileJobConfiguration.JOB_NAME);
        try {
            return view(launch(backgroundLauncher));
        } catch (RuntimeException e) {
            leases.endRun(ReconcileJobConfiguration.JOB_NAME);
            throw e;
        }
    }

    public Optional<JobRun> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> ReconcileJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .map(this::view);
    }

    private JobExecution launch(JobLauncher using) {
        try {
            var parameters = new JobParametersBuilder(explorer).getNextJobParameters(reconcileJob).toJobParameters();
            return using.run(reconcileJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("reconciliation could not start: " + e.getMessage(), e);
        }
    }

    private JobRun view(JobExecution execution) {
        var context = execution.getExecutionContext();
        var run = context.containsKey(ReconcileJobConfiguration.RUN_ID)
                ? reconciliations.run(context.getLong(ReconcileJobConfiguration.RUN_ID)).orElse(null) : null;
        return new JobRun(execution.getId(), execution.getStatus().name(), run, JobFailures.of(execution));
    }
}
