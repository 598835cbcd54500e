package org.a6gateway.reconciliation;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconcile} job, one step comparing everything; the sync job runs the same step last,
 * before its summary, comparing what changed since its last reconciliation.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

    static final String JOB_NAME = "reconcile";
    static final String RUN_ID = "reconciliationRunId";

    @Bean
    Job reconcileJob(JobRepository repository, Step reconcileStep) {
        return new JobBuilder(JOB_NAME, repository).incrementer(new RunIdIncrementer()).start(reconcileStep).build();
    }

    @Bean
    Step reconcileStep(JobRepository repository, PlatformTransactionManager tx, Reconciliations reconciliations) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {RUN_ID});
        return new StepBuilder("reconcile", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    // the reconcile job compares everything; a sync, what changed since its last reconciliation
                    var run = JOB_NAME.equals(chunk.getStepContext().getJobName())
                            ? reconciliations.reconcile(step.getJobExecutionId())
                            : reconciliations.reconcileChanges(step.getJobExecutionId());
                    step.getExecutionContext().putLong(RUN_ID, run.id());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promotion)
                .build();
    }
}
