package org.a6gateway.authorization;

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
 * The {@code authorizationLabels} job: decide the labels of every authorization over the stored
 * blocks and enqueue the commands. Its step also runs inside the sync job; its counts are
 * promoted to the job's context under {@link #APPLIED} and {@link #REMOVED}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationLabelsJobConfiguration {

    static final String APPLIED = "labelsApplied";
    static final String REMOVED = "labelsRemoved";

    @Bean
    Job authorizationLabelsJob(JobRepository repository, Step authorizationLabelsStep) {
        return new JobBuilder("authorizationLabels", repository).incrementer(new RunIdIncrementer())
                .start(authorizationLabelsStep).build();
    }

    @Bean
    Step authorizationLabelsStep(JobRepository repository, PlatformTransactionManager tx, AuthorizationLabelling labelling) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {APPLIED, REMOVED});
        return new StepBuilder("authorizationLabels", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    var result = labelling.run(step.getJobExecutionId());
                    step.getExecutionContext().putInt(APPLIED, result.applied());
                    step.getExecutionContext().putInt(REMOVED, result.removed());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promotion)
                .build();
    }
}
