package org.a6gateway.sync;

import java.time.LocalDateTime;
import java.util.Optional;
import org.a6gateway.ledger.JobFailures;
import org.a6gateway.ledger.UpstreamFailure;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.a6gateway.ledger.BackgroundLauncher;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Starts sync runs (in the caller's thread for the CLI, in the background for the API) and finds them. */
@Service
public class SyncRuns {

    private final Job syncJob;
    private final JobLauncher launcher;
    private final JobLauncher backgroundLauncher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final SyncRunContext context;

    SyncRuns(Job syncJob, JobLauncher launcher, JobRepository repository, JobExplorer explorer,
             SyncRunContext context) {
        this.syncJob = syncJob;
        this.launcher = launcher;
        this.explorer = explorer;
        this.repository = repository;
        this.context = context;
        this.backgroundLauncher = BackgroundLauncher.of(repository, "sync-run-");
    }

    /** Runs a sync to its end and returns it, completed or failed. */
    public SyncRun runNow() {
        return view(launch(launcher));
    }

    /** Starts a sync and returns at once; poll {@link #find(long)}. */
    public SyncRun start() {
        return view(launch(backgroundLauncher));
    }

    /**
     * Restarts a failed or stopped run: Spring Batch runs the same job instance again, skipping
     * the steps that completed and re-running the one that failed from its last commit.
     */
    public SyncRun restart(long id) {
        var failed = Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> SyncJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .orElseThrow(() -> new IllegalArgumentException("no sync run " + id));
        if (!failed.getStatus().isUnsuccessful() && failed.getStatus() != BatchStatus.STOPPED) {
            throw new IllegalArgumentException("sync run " + id + " is " + failed.getStatus() + ", not failed or stopped");
        }
        try {
            return view(launcher.run(syncJob, failed.getJobParameters()));
        } catch (Exception e) {
            throw new IllegalStateException("sync run " + id + " could not restart: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts the latest sync run if it did not complete. A run whose process died (killed, power
     * lost) still reads as running in the job repository; it is first marked failed, as
     * interrupted, so Spring Batch can restart it. Only for a caller that knows no other process
     * runs it — the CLI, which an operator runs after the crash.
     */
    public SyncRun restartInterrupted() {
        var instance = Optional.ofNullable(explorer.getLastJobInstance(SyncJobConfiguration.JOB_NAME))
                .orElseThrow(() -> new IllegalArgumentException("no sync run to restart"));
        var last = explorer.getLastJobExecution(instance);
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("sync run " + last.getId() + " completed; there is nothing to restart");
        }
        if (last.isRunning()) {
            markInterrupted(last);
        }
        return restart(last.getId());
    }

    private void markInterrupted(JobExecution execution) {
        var now = LocalDateTime.now();
        for (var step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the process running it ended"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the process running it ended"));
        execution.setEndTime(now);
        repository.update(execution);
    }

    public Optional<SyncRun> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> SyncJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .map(this::view);
    }

    private JobExecution launch(JobLauncher using) {
        explorer.findRunningJobExecutions(SyncJobConfiguration.JOB_NAME).stream().findFirst()
                .ifPresent(running -> {
                    throw new SyncAlreadyRunning(running.getId());
                });
        try {
            var parameters = new JobParametersBuilder(explorer).getNextJobParameters(syncJob).toJobParameters();
            return using.run(syncJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("sync could not start: " + e.getMessage(), e);
        }
    }

    private SyncRun view(JobExecution execution) {
        var failures = execution.getAllFailureExceptions();
        return new SyncRun(execution.getId(), execution.getStatus().name(), execution.getStartTime(),
                execution.getEndTime(), context.summary(execution.getExecutionContext()),
                failures.isEmpty() ? JobFailures.recorded(execution).orElse(null) : describe(failures.get(0)), failures);
    }

    /** An upstream failure already says what and where; anything else is named by its root cause. */
    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UpstreamFailure upstream) {
                return upstream.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
