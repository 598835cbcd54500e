package org.a6gateway.ledger;

import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** A job launcher that returns at once and runs the job on a thread of its own: how the API starts jobs (202, then poll). */
public final class BackgroundLauncher {

    private BackgroundLauncher() {
    }

    public static JobLauncher of(JobRepository repository, String threadPrefix) {
        var launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(new SimpleAsyncTaskExecutor(threadPrefix));
        try {
            launcher.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("background job launcher: " + e.getMessage(), e);
        }
        return launcher;
    }
}
