package org.a6gateway.sync;

import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
import org.a6gateway.vcm.VcmPush;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sync job: ingest both registries, decide the authorization labels over the stored data,
 * push the commands, read back what they changed, and sum up. Reading and pushing are the Camel
 * routes' work; the decisions never call a registry.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

    static final String JOB_NAME = "sync";

    @Bean
    Job syncJob(JobRepository repository, Step ingestVcmStep, Step ingestNationalStep, Step authorizationLabelsStep,
                Step pushVcmStep, Step refreshVcmStep, Step summarizeStep) {
        return new JobBuilder(JOB_NAME, repository)
                .incrementer(new RunIdIncrementer())
                .start(ingestVcmStep)
                .next(ingestNationalStep)
                .next(authorizationLabelsStep)
                .next(pushVcmStep)
                .next(refreshVcmStep)
                .next(summarizeStep)
                .build();
    }

    /** Pushes what the decisions enqueued; the route retries and dead-letters, never loses a command. */
    @Bean
    Step pushVcmStep(JobRepository repository, PlatformTransactionManager tx, VcmPush push, SyncRunContext context) {
        return new StepBuilder("pushVcm", repository)
                .tasklet((contribution, chunk) -> context.recordPush(chunk, push.run()), tx)
                .build();
    }

    /** Reads back what the pushes changed (split and labelled blocks), so the store and summary agree with the registry. */
    @Bean
    Step refreshVcmStep(JobRepository repository, PlatformTransactionManager tx, VcmIngest ingest, SyncRunContext context) {
        return new StepBuilder("refreshVcm", repository)
                .tasklet((contribution, chunk) -> context.recordRefresh(chunk, ingest.run()), tx)
                .build();
    }

    @Bean
    Step ingestVcmStep(JobRepository repository, PlatformTransactionManager tx, VcmIngest ingest,
                       SyncRunContext context) {
        return new StepBuilder("ingestVcm", repository)
                .tasklet((contribution, chunk) -> context.recordIngest(chunk, ingest.run()), tx)
                .build();
    }

    @Bean
    Step ingestNationalStep(JobRepository repository, PlatformTransactionManager tx, NationalIngest ingest,
                            SyncRunContext context) {
        return new StepBuilder("ingestNational", repository)
                .tasklet((contribution, chunk) -> context.recordIngest(chunk, ingest.run()), tx)
                .build();
    }

    @Bean
    Step summarizeStep(JobRepository repository, PlatformTransactionManager tx, SyncSummaries summaries,
                       SyncRunContext context) {
        return new StepBuilder("summarize", repository)
                .tasklet((contribution, chunk) -> context.recordSummary(chunk,
                        summaries.current(context.ingested(chunk), context.actions(chunk))), tx)
                .allowStartIfComplete(true)
                .build();
    }
}
