package org.a6gateway.jobs;

import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** A job launcher that returns at once and runs the job on a thread of its own: how the API starts jobs (202, then poll). */
public final class BackgroundLauncher {

    private BackgroundLauncher() {
    }

    public static JobLauncher of(JobRepository repository, String threadPrefix) {
        return of(repository, threadPrefix, () -> { });
    }

    /** A launcher that hands each job to {@code executor}: a pool with a queue runs a few at a time and keeps the rest waiting. */
    public static JobLauncher of(JobRepository repository, TaskExecutor executor) {
        var launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(executor);
        try {
            launcher.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("background job launcher: " + e.getMessage(), e);
        }
        return launcher;
    }

    /** As {@link #of(JobRepository, String)}, and {@code afterRun} runs on the job's thread once the job ended, however it ended. */
    public static JobLauncher of(JobRepository repository, String threadPrefix, Runnable afterRun) {
        var executor = new SimpleAsyncTaskExecutor(threadPrefix);
        executor.setTaskDecorator(job -> () -> {
            try {
                job.run();
            } finally {
                afterRun.run();
            }
        });
        return of(repository, executor);
    }
}
