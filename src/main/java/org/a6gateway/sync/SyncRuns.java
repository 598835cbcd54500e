package org.a6gateway.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.a6gateway.jobs.BackgroundLauncher;
import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts sync runs (in the caller's thread for the CLI and the poller, in the background for the
 * API) and finds them. Every run holds the sync lease ({@link JobLeases}): with several gateway
 * instances on one database, syncs run on one of them at a time.
 */
@Service
public class SyncRuns {

    private final Job syncJob;
    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final SyncRunViews views;
    private final JobLeases leases;

    SyncRuns(Job syncJob, JobLauncher launcher, JobRepository repository, JobExplorer explorer,
             SyncRunViews views, JobLeases leases) {
        this.leases = leases;
        this.syncJob = syncJob;
        this.launcher = launcher;
        this.explorer = explorer;
        this.repository = repository;
        this.views = views;
    }

    /**
     * Runs a sync to its end and returns it, completed or failed. A run interrupted by the death
     * of its process is resumed rather than left behind: Spring Batch skips its completed steps.
     */
    public SyncRun runNow() {
        int runningHere = leases.beginRun(SyncJobConfiguration.JOB_NAME);
        try {
            return view(resumeInterrupted(runningHere, launcher).orElseGet(() -> launch(launcher)));
        } finally {
            leases.endRun(SyncJobConfiguration.JOB_NAME);
        }
    }

    /** Starts (or resumes, as {@link #runNow()}) a sync and returns at once; poll {@link #find(long)}. */
    public SyncRun start() {
        int runningHere = leases.beginRun(SyncJobConfiguration.JOB_NAME);
        var background = BackgroundLauncher.of(repository, "sync-run-", () -> leases.endRun(SyncJobConfiguration.JOB_NAME));
        JobExecution started;
        try {
            started = resumeInterrupted(runningHere, background).orElseGet(() -> launch(background));
        } catch (RuntimeException e) {
            leases.endRun(SyncJobConfiguration.JOB_NAME);
            throw e;
        }
        return view(started);
    }

    /**
     * Restarts a failed or stopped run: Spring Batch runs the same job instance again, skipping
     * the steps that completed and re-running the one that failed from its last commit.
     */
    public SyncRun restart(long id) {
        leases.beginRun(SyncJobConfiguration.JOB_NAME);
        try {
            return view(relaunch(failedOrStopped(id), launcher));
        } finally {
            leases.endRun(SyncJobConfiguration.JOB_NAME);
        }
    }

    /**
     * Restarts the latest sync run if it did not complete. A run whose process died (killed, power
     * lost) still reads as running in the job repository; holding the sync lease with no run of our
     * own going, we know its process is gone: it is marked failed, as interrupted, and restarted.
     */
    public SyncRun restartInterrupted() {
        int runningHere = leases.beginRun(SyncJobConfiguration.JOB_NAME);
        try {
            var instance = Optional.ofNullable(explorer.getLastJobInstance(SyncJobConfiguration.JOB_NAME))
                    .orElseThrow(() -> new IllegalArgumentException("no sync run to restart"));
            var last = explorer.getLastJobExecution(instance);
            if (last.getStatus() == BatchStatus.COMPLETED) {
                throw new IllegalArgumentException("sync run " + last.getId() + " completed; there is nothing to restart");
            }
            if (last.isRunning()) {
                if (runningHere > 0) {
                    throw new SyncAlreadyRunning(last.getId());
                }
                Interruptions.markInterrupted(repository, last);
            }
            return view(relaunch(failedOrStopped(last.getId()), launcher));
        } finally {
            leases.endRun(SyncJobConfiguration.JOB_NAME);
        }
    }

    /**
     * The latest run, if its process died: left running (no run of ours is going, and we hold the
     * lease, so nobody else runs it) or already marked interrupted by a process that died in turn
     * before restarting it. Either way it is restarted.
     */
    private Optional<JobExecution> resumeInterrupted(int runningHere, JobLauncher using) {
        if (runningHere > 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(explorer.getLastJobInstance(SyncJobConfiguration.JOB_NAME))
                .map(explorer::getLastJobExecution)
                .filter(last -> last.isRunning() || isMarkedInterrupted(last))
                .map(last -> {
                    if (last.isRunning()) {
                        Interruptions.markInterrupted(repository, last);
                    }
                    return relaunch(explorer.getJobExecution(last.getId()), using);
                });
    }

    private static boolean isMarkedInterrupted(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED
                && execution.getExitStatus().getExitDescription().contains(Interruptions.REASON);
    }

    private JobExecution failedOrStopped(long id) {
        var failed = Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> SyncJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .orElseThrow(() -> new IllegalArgumentException("no sync run " + id));
        if (!failed.getStatus().isUnsuccessful() && failed.getStatus() != BatchStatus.STOPPED) {
            throw new IllegalArgumentException("sync run " + id + " is " + failed.getStatus() + ", not failed or stopped");
        }
        return failed;
    }

    private JobExecution relaunch(JobExecution failed, JobLauncher using) {
        try {
            return using.run(syncJob, failed.getJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("sync run " + failed.getId() + " could not restart: " + e.getMessage(), e);
        }
    }

    public Optional<SyncRun> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> SyncJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .map(this::view);
    }

    /** The latest runs, newest first: each execution (a restart is a run of its own) of the latest sync instances. */
    public List<SyncRun> latest(int limit) {
        return explorer.getJobInstances(SyncJobConfiguration.JOB_NAME, 0, limit).stream()
                .flatMap(instance -> explorer.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed()).limit(limit).map(this::view).toList();
    }

    /** The sync run going on now, in this instance or another, if any. */
    public Optional<Long> running() {
        return explorer.findRunningJobExecutions(SyncJobConfiguration.JOB_NAME).stream().findFirst().map(JobExecution::getId);
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
        return views.of(execution);
    }
}
