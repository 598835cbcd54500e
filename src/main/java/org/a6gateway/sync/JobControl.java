package org.a6gateway.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.a6gateway.jobs.BackgroundLauncher;
import org.a6gateway.jobs.JobLeases;
import org.a6gateway.jobs.TransitionRefused;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Every Spring Batch job of the gateway for operators: launch one by name (in the background),
 * follow an execution step by step, stop a running one, restart a failed or stopped one. Jobs that
 * need more than a run id (a report needs its order) are launched where that order is taken.
 * With several gateway instances on one database, a job runs where its lease is ({@link JobLeases}).
 */
@Service
public class JobControl {

    private final Map<String, Job> jobs;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final JobLeases leases;

    JobControl(List<Job> jobs, JobExplorer explorer, JobRepository repository, JobLeases leases) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.explorer = explorer;
        this.repository = repository;
        this.leases = leases;
    }

    /** The jobs an operator can launch by name, by name. */
    public List<String> launchable() {
        return jobs.values().stream().filter(JobControl::needsNoParameters).map(Job::getName).sorted().toList();
    }

    public boolean isRestartable(String jobName) {
        return jobs.get(jobName).isRestartable();
    }

    /** A job's latest execution, if it ever ran. */
    public Optional<JobRun> latest(String jobName) {
        return Optional.ofNullable(explorer.getLastJobInstance(jobName)).map(explorer::getLastJobExecution).map(JobControl::view);
    }

    public Optional<JobRun> find(long executionId) {
        return Optional.ofNullable(explorer.getJobExecution(executionId)).map(JobControl::view);
    }

    /**
     * Launches a job that {@link #launchable() can be launched by name}; one at a time per job, on
     * the instance holding its lease. An execution left running by a process that died holding
     * the lease is marked failed first (restart it to resume it).
     */
    public JobRun launch(String jobName) {
        var job = jobs.get(jobName);
        if (job == null || !needsNoParameters(job)) {
            throw new IllegalArgumentException("no job '" + jobName + "' to launch by name");
        }
        return whileLeased(jobName, runningHere -> {
            for (var running : explorer.findRunningJobExecutions(jobName)) {
                if (runningHere > 0) {
                    throw new TransitionRefused("job " + jobName + " is already running: execution " + running.getId());
                }
                Interruptions.markInterrupted(repository, running);
            }
            var parameters = new JobParametersBuilder(explorer).getNextJobParameters(job).toJobParameters();
            return run(job, parameters, "job " + jobName + " could not be launched");
        });
    }

    /**
     * Runs a failed or stopped execution's job instance again: Spring Batch skips the steps that
     * completed. Only the instance's latest execution, so one failure is never restarted twice.
     */
    public JobRun restart(long executionId) {
        var execution = existing(executionId);
        var job = jobs.get(execution.getJobInstance().getJobName());
        var status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new TransitionRefused("execution " + executionId + " is " + status + ": only a FAILED or STOPPED execution is restarted");
        }
        if (job == null || !job.isRestartable()) {
            throw new TransitionRefused("job " + execution.getJobInstance().getJobName() + " cannot be restarted");
        }
        var latest = explorer.getLastJobExecution(execution.getJobInstance());
        if (latest != null && latest.getId() != executionId) {
            throw new TransitionRefused("execution " + executionId + " was restarted already as execution " + latest.getId());
        }
        return whileLeased(job.getName(),
                runningHere -> run(job, execution.getJobParameters(), "execution " + executionId + " could not be restarted"));
    }

    /**
     * Takes the job's lease for a launch; {@link #run} hands it back when the job ends on its
     * background thread, and a launch that never got there hands it back at once.
     */
    private JobRun whileLeased(String jobName, IntFunction<JobRun> launch) {
        int runningHere = leases.beginRun(jobName);
        try {
            return launch.apply(runningHere);
        } catch (RuntimeException e) {
            leases.endRun(jobName);
            throw e;
        }
    }

    /**
     * Asks a running execution to stop, as Spring Batch's JobOperator does: it is marked STOPPING and
     * stops at its next step or chunk boundary. The job's own thread may update the row meanwhile:
     * then the mark is read afresh and set again.
     */
    public JobRun stop(long executionId) {
        for (int attempt = 1; ; attempt++) {
            var execution = existing(executionId);
            var status = execution.getStatus();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
                throw new TransitionRefused("execution " + executionId + " is " + status + ", not running");
            }
            execution.setStatus(BatchStatus.STOPPING);
            try {
                repository.update(execution);
                return view(existing(executionId));
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw new TransitionRefused("execution " + executionId + " kept changing; try again");
                }
            }
        }
    }

    private JobExecution existing(long executionId) {
        return Optional.ofNullable(explorer.getJobExecution(executionId))
                .orElseThrow(() -> new IllegalArgumentException("no job execution " + executionId));
    }

    private JobRun run(Job job, JobParameters parameters, String failure) {
        var background = BackgroundLauncher.of(repository, "job-", () -> leases.endRun(job.getName()));
        try {
            return view(background.run(job, parameters));
        } catch (JobExecutionAlreadyRunningException e) {
            throw new TransitionRefused(failure + ": " + e.getMessage());
        } catch (JobExecutionException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        }
    }

    /** A job whose parameters validator refuses a bare run id needs parameters an operator cannot give by name. */
    private static boolean needsNoParameters(Job job) {
        try {
            job.getJobParametersValidator().validate(new JobParametersBuilder().addLong("run.id", 1L).toJobParameters());
            return true;
        } catch (JobParametersInvalidException e) {
            return false;
        }
    }

    private static JobRun view(JobExecution e) {
        // a run just launched may be adding a step whose id the repository has not yet given
        var steps = e.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(JobControl::view).toList();
        return new JobRun(e.getId(), e.getJobInstance().getInstanceId(), e.getJobInstance().getJobName(), e.getStatus().name(),
                e.getExitStatus().getExitCode(), firstLine(e.getExitStatus().getExitDescription()), e.getCreateTime(),
                e.getStartTime(), e.getEndTime(), steps);
    }

    private static JobRun.StepRun view(StepExecution s) {
        return new JobRun.StepRun(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(), s.getSkipCount(),
                s.getCommitCount(), s.getRollbackCount(), s.getExitStatus().getExitCode(),
                firstLine(s.getExitStatus().getExitDescription()), s.getStartTime(), s.getEndTime());
    }

    /** "java.lang.IllegalStateException: the disk is full\n\tat …": the reason, not the stack trace. */
    private static String firstLine(String description) {
        return description == null || description.isBlank() ? null : description.lines().findFirst().orElse(description);
    }
}
