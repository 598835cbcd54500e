package org.a6gateway.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.MDC;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts the job execution id and job name on every log line a batch job writes ({@code jobExecutionId},
 * {@code jobName} in the structured log), for every job of the gateway. A job run inside another
 * (the sync runs the labelling and ITMO jobs) shows its own id, and the outer one's comes back after.
 */
@Component
class JobLogContext implements BeanPostProcessor, JobExecutionListener {

    static final String EXECUTION = "jobExecutionId";
    static final String NAME = "jobName";

    private final ThreadLocal<Deque<String[]>> outer = ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        outer.get().push(new String[] {MDC.get(EXECUTION), MDC.get(NAME)});
        MDC.put(EXECUTION, String.valueOf(execution.getId()));
        MDC.put(NAME, execution.getJobInstance().getJobName());
    }

    @Override
    public void afterJob(JobExecution execution) {
        String[] previous = outer.get().isEmpty() ? new String[2] : outer.get().pop();
        restore(EXECUTION, previous[0]);
        restore(NAME, previous[1]);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
