package org.a6gateway.sync;

import org.a6gateway.exports.ExportInbox;
import org.a6gateway.exports.ExportProperties;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sync job: ingest both registries and the export files waiting in the inboxes; decide the authorization labels and deliver them; mint
 * ITMO identifiers for first-transferred units and deliver their registration; once the national
 * registry confirmed the pairs, attach the references and set the "correspondingly adjusted"
 * labels the BTR adjustments allow, and deliver those; reconcile what both registries now hold
 * with each other and with the ledger; sum up. Each decision works on what the
 * registries confirmed in the step before (read back after every delivery). Reading and pushing
 * are the Camel routes' work; the decisions never call a registry.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

    static final String JOB_NAME = "sync";

    /**
     * Ingest steps run outside one step transaction: each page commits with its cursor on its own,
     * so a feed that fails at page 5 keeps pages 1 to 4 and a restart resumes from page 5.
     */
    private static final ResourcelessTransactionManager PAGE_BY_PAGE = new ResourcelessTransactionManager();

    @Bean
    Job syncJob(JobRepository repository, Step ingestVcmStep, Step ingestNationalStep, Step importExportsStep,
                Step authorizationLabelsStep,
                Step deliverLabelsStep, Step mintItmoIdentifiersStep, Step deliverItmoIdentifiersStep,
                Step attachItmoReferencesStep, Step correspondingAdjustmentsStep, Step deliverAdjustmentsStep,
                Step reconcileStep, Step summarizeStep, ExecutionInstances instances) {
        return new JobBuilder(JOB_NAME, repository)
                .incrementer(new RunIdIncrementer())
                .listener(instances)
                .start(ingestVcmStep)
                .next(ingestNationalStep)
                .next(importExportsStep)
                .next(authorizationLabelsStep)
                .next(deliverLabelsStep)
                .next(mintItmoIdentifiersStep)
                .next(deliverItmoIdentifiersStep)
                .next(attachItmoReferencesStep)
                .next(correspondingAdjustmentsStep)
                .next(deliverAdjustmentsStep)
                .next(reconcileStep)
                .next(summarizeStep)
                .build();
    }

    @Bean
    Step deliverLabelsStep(JobRepository repository, Delivery delivery) {
        return delivery.step("deliverLabels", repository);
    }

    @Bean
    Step deliverItmoIdentifiersStep(JobRepository repository, Delivery delivery) {
        return delivery.step("deliverItmoIdentifiers", repository);
    }

    @Bean
    Step deliverAdjustmentsStep(JobRepository repository, Delivery delivery) {
        return delivery.step("deliverAdjustments", repository);
    }

    @Bean
    Step ingestVcmStep(JobRepository repository, PlatformTransactionManager tx, VcmIngest ingest,
                       SyncRunContext context) {
        return new StepBuilder("ingestVcm", repository)
                .tasklet((contribution, chunk) -> context.withRetriesCounted(chunk,
                        () -> context.recordIngest(chunk, ingest.run())), PAGE_BY_PAGE)
                .build();
    }

    @Bean
    Step ingestNationalStep(JobRepository repository, PlatformTransactionManager tx, NationalIngest ingest,
                            SyncRunContext context) {
        return new StepBuilder("ingestNational", repository)
                .tasklet((contribution, chunk) -> context.withRetriesCounted(chunk,
                        () -> context.recordIngest(chunk, ingest.run())), PAGE_BY_PAGE)
                .build();
    }

    /**
     * The registries' public exports waiting in the inboxes, after the national registry's
     * authorizations are in, so each Article 6 label found is compared with them.
     */
    @Bean
    Step importExportsStep(JobRepository repository, PlatformTransactionManager tx, ExportInbox inbox,
                           ExportProperties properties, SyncRunContext context) {
        return new StepBuilder("importExports", repository)
                .tasklet((contribution, chunk) -> context.recordExports(chunk, properties.importOnSync()
                        ? ExportsSummary.of(inbox.drain()) : ExportsSummary.NONE), PAGE_BY_PAGE)
                .build();
    }

    @Bean
    Step summarizeStep(JobRepository repository, PlatformTransactionManager tx, SyncSummaries summaries,
                       SyncRunContext context) {
        return new StepBuilder("summarize", repository)
                .tasklet((contribution, chunk) -> context.recordSummary(chunk,
                        summaries.current(context.ingested(chunk), context.actions(chunk), context.faults(chunk),
                                chunk.getStepContext().getStepExecution().getJobExecutionId(), context.exports(chunk))), tx)
                .allowStartIfComplete(true)
                .build();
    }
}
