package org.a6gateway.sync;

import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
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
 * The sync job: ingest the private registry, ingest the national registry, then sum up. Ingest
 * steps hand the reading to the Camel routes; the job itself decides over stored data only.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

    static final String JOB_NAME = "sync";

    @Bean
    Job syncJob(JobRepository repository, Step ingestVcmStep, Step ingestNationalStep, Step summarizeStep) {
        return new JobBuilder(JOB_NAME, repository)
                .incrementer(new RunIdIncrementer())
                .start(ingestVcmStep)
                .next(ingestNationalStep)
                .next(summarizeStep)
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
                        summaries.current(context.ingested(chunk))), tx)
                .allowStartIfComplete(true)
                .build();
    }
}
