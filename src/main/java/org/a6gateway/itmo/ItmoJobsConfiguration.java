package org.a6gateway.itmo;

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
 * The {@code itmoIdentifiers} job (mint and reverse, then attach the confirmed references) and the
 * {@code correspondingAdjustments} job. Their steps also run inside the sync job, with the pushes
 * between them; each step promotes its count to the job's context.
 */
@Configuration(proxyBeanMethods = false)
class ItmoJobsConfiguration {

    static final String MINTED = "itmoIdsMinted";
    static final String MINTED_UNITS = "itmoUnitsMinted";
    static final String REFERENCES = "itmoReferencesAttached";
    static final String WITHDRAWALS = "itmoWithdrawals";
    static final String REFERENCES_REMOVED = "itmoReferencesRemoved";
    static final String CA_FLAGS = "caFlagsApplied";

    @Bean
    Job itmoIdentifiersJob(JobRepository repository, Step mintItmoIdentifiersStep, Step attachItmoReferencesStep) {
        return new JobBuilder("itmoIdentifiers", repository).incrementer(new RunIdIncrementer())
                .start(mintItmoIdentifiersStep).next(attachItmoReferencesStep).build();
    }

    @Bean
    Job correspondingAdjustmentsJob(JobRepository repository, Step correspondingAdjustmentsStep) {
        return new JobBuilder("correspondingAdjustments", repository).incrementer(new RunIdIncrementer())
                .start(correspondingAdjustmentsStep).build();
    }

    @Bean
    Step mintItmoIdentifiersStep(JobRepository repository, PlatformTransactionManager tx, ItmoIdentifiers itmo,
                                 ItmoReversals reversals) {
        return new StepBuilder("mintItmoIdentifiers", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    var minted = itmo.mint(step.getJobExecutionId());
                    step.getExecutionContext().putInt(MINTED, minted.pairs());
                    step.getExecutionContext().putLong(MINTED_UNITS, minted.units());
                    // Withdrawals go out with the registrations: a reference removal needs no confirmation first.
                    var reversed = reversals.reverse(step.getJobExecutionId());
                    step.getExecutionContext().putInt(WITHDRAWALS, reversed.withdrawals());
                    step.getExecutionContext().putInt(REFERENCES_REMOVED, reversed.referencesRemoved());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promote(MINTED, MINTED_UNITS, WITHDRAWALS, REFERENCES_REMOVED))
                .build();
    }

    @Bean
    Step attachItmoReferencesStep(JobRepository repository, PlatformTransactionManager tx, ItmoIdentifiers itmo) {
        return new StepBuilder("attachItmoReferences", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    step.getExecutionContext().putInt(REFERENCES, itmo.attachReferences(step.getJobExecutionId()));
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promote(REFERENCES))
                .build();
    }

    @Bean
    Step correspondingAdjustmentsStep(JobRepository repository, PlatformTransactionManager tx, AdjustmentFlags flags) {
        return new StepBuilder("correspondingAdjustments", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    step.getExecutionContext().putInt(CA_FLAGS, flags.flag(step.getJobExecutionId()));
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promote(CA_FLAGS))
                .build();
    }

    private static ExecutionContextPromotionListener promote(String... keys) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(keys);
        return promotion;
    }
}
