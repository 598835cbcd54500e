package org.a6gateway.sync;

import java.time.Duration;
import org.a6gateway.connectors.Connectors;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.exports.ExportInbox;
import org.a6gateway.exports.ExportProperties;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sync job: ingest every private registry (one partition each, in parallel), then the national
 * registry, and the export files waiting in the inboxes; decide the authorization labels and deliver them; mint
 * ITMO identifiers for first-transferred units and deliver their registration; once the national
 * registry confirmed the pairs, attach the references and set the "correspondingly adjusted"
 * labels the BTR adjustments allow, and deliver those; publish the decisions to the publication
 * registries (CADT) when any is configured; reconcile what both registries now hold
 * with each other and with the ledger; sum up. Each decision works on what the
 * registries confirmed in the step before (read back after every delivery). Reading and pushing
 * are the Camel routes' work; the decisions never call a registry. A registry that cannot be read
 * past its retries is set aside for the rest of the run and the other's work goes on
 * ({@link RegistryOutages}); such a run does not reconcile, and while a national registry is set
 * aside the decisions resting on the national side are not taken ({@link UnlessSetAside}).
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

    static final String JOB_NAME = "sync";
    static final String RECONCILE = "reconcile";
    private static final String SKIP_RECONCILIATION = "SKIP_RECONCILIATION";

    /**
     * Ingest steps run outside one step transaction: each page commits with its cursor on its own,
     * so a feed that fails at page 5 keeps pages 1 to 4 and a restart resumes from page 5.
     */
    private static final ResourcelessTransactionManager PAGE_BY_PAGE = new ResourcelessTransactionManager();

    @Bean
    Job syncJob(JobRepository repository, Step ingestPrivateStep, Step ingestNationalStep, Step importExportsStep,
                Step authorizationLabelsStep,
                Step deliverLabelsStep, Step mintItmoIdentifiersStep, Step deliverItmoIdentifiersStep,
                Step attachItmoReferencesStep, Step correspondingAdjustmentsStep, Step deliverAdjustmentsStep,
                Step publishStep, Step reconcileStep, Step summarizeStep, ExecutionInstances instances, RunEndEvents ends,
                Connectors connectors, JobLeases leases) {
        var reconcileOrSkip = reconcileUnlessARegistryWasSetAside();
        // The decisions resting on the national registries' word wait for a run that read all of it.
        var authority = connectors.nationals().stream().map(RegistryConnector::id).toList();
        return new JobBuilder(JOB_NAME, repository)
                .incrementer(new RunIdIncrementer())
                .listener(instances)
                .listener(ends)
                .start(ingestPrivateStep)
                .next(ingestNationalStep)
                .next(importExportsStep)
                .next(new UnlessSetAside(authorizationLabelsStep, authority, repository))
                .next(deliverLabelsStep)
                .next(new UnlessSetAside(mintItmoIdentifiersStep, authority, repository))
                .next(deliverItmoIdentifiersStep)
                .next(attachItmoReferencesStep)
                .next(new UnlessSetAside(correspondingAdjustmentsStep, authority, repository))
                .next(deliverAdjustmentsStep)
                .next(publishStep)
                .next(reconcileOrSkip)
                .on(SKIP_RECONCILIATION).to(summarizeStep)
                .from(reconcileOrSkip).on("*")
                .to(new UnderJobLease(reconcileStep, RECONCILE, leases, repository)).next(summarizeStep)
                .end()
                .build();
    }

    /**
     * A run that set a registry aside ({@link RegistryOutages}) does not reconcile: it would compare
     * with what that registry held when last read and report differences it did not see.
     */
    private static JobExecutionDecider reconcileUnlessARegistryWasSetAside() {
        return (job, step) -> {
            var unavailable = SetAside.unavailable(job.getExecutionContext());
            if (unavailable.isEmpty()) {
                return FlowExecutionStatus.COMPLETED;
            }
            SetAside.markSkipped(job.getExecutionContext(), RECONCILE,
                    "not reconciled: " + String.join(", ", unavailable.keySet()) + " could not be read");
            return new FlowExecutionStatus(SKIP_RECONCILIATION);
        };
    }

    @Bean
    Step publishStep(JobRepository repository, Publishing publishing) {
        return publishing.step(repository);
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

    /**
     * The private registries' feeds, one partition per registry ({@link RegistryPartitions}): on
     * this machine a thread each; the same step runs its partitions on other machines once a
     * partition handler over a broker takes the place of the local one (docs/scaling.md). A
     * registry's failed partition is what a restart runs again; the others stay completed.
     */
    @Bean
    Step ingestPrivateStep(JobRepository repository, Step ingestRegistryStep, RegistryPartitions partitions,
                           OfferedPartitions offered, PartitionResults results) {
        return new StepBuilder("ingestPrivate", repository)
                .partitioner(ingestRegistryStep.getName(), partitions)
                .partitionHandler(offered)
                .aggregator(results.aggregator())
                .build();
    }

    @Bean
    Step ingestRegistryStep(JobRepository repository, Connectors connectors, RegistryOutages outages) {
        return new StepBuilder("ingestRegistry", repository)
                .tasklet((contribution, chunk) -> outages.ingestPartition(chunk,
                        connectors.byId(RegistryPartitions.registryOf(chunk))), PAGE_BY_PAGE)
                .build();
    }

    @Bean
    OfferedPartitions offeredPartitions(Step ingestRegistryStep, RegistryPartitions partitions, PartitionOffers offers,
                                        PartitionRun run, JobLeases leases, JobExplorer explorer,
                                        @Value("${a6.sync.partition-patience:5s}") Duration patience,
                                        @Value("${a6.sync.partition-poll:1s}") Duration poll) {
        return new OfferedPartitions(ingestRegistryStep, partitions.threads(), patience, Duration.ofMillis(Math.min(200,
                poll.toMillis())), offers, run, leases, explorer);
    }

    @Bean
    Step ingestNationalStep(JobRepository repository, Connectors connectors, RunRetries retries,
                            RegistryOutages outages) {
        return new StepBuilder("ingestNational", repository)
                .tasklet((contribution, chunk) -> retries.withRetriesCounted(chunk,
                        () -> ingestNationals(chunk, connectors, outages)), PAGE_BY_PAGE)
                .build();
    }

    /** Each national registry in turn: one set aside leaves the others read. */
    private static RepeatStatus ingestNationals(ChunkContext chunk, Connectors connectors, RegistryOutages outages) {
        connectors.nationals().forEach(national -> outages.ingest(chunk, national));
        return RepeatStatus.FINISHED;
    }

    /**
     * The registries' public exports waiting in the inboxes, after the national registry's
     * authorizations are in, so each Article 6 label found is compared with them.
     */
    @Bean
    Step importExportsStep(JobRepository repository, PlatformTransactionManager tx, ExportInbox inbox,
                           ExportProperties properties, RunOutcome outcome) {
        return new StepBuilder("importExports", repository)
                .tasklet((contribution, chunk) -> outcome.recordExports(chunk, properties.importOnSync()
                        ? ExportsSummary.of(inbox.drain()) : ExportsSummary.NONE), PAGE_BY_PAGE)
                .build();
    }

    @Bean
    Step summarizeStep(JobRepository repository, PlatformTransactionManager tx, SyncSummaries summaries,
                       RunIngests ingests, RunOutcome outcome, Publishing publishing) {
        return new StepBuilder("summarize", repository)
                .tasklet((contribution, chunk) -> outcome.recordSummary(chunk,
                        summaries.current(ingests.ingested(chunk), outcome.actions(chunk), outcome.faults(chunk),
                                chunk.getStepContext().getStepExecution().getJobExecutionId(), outcome.exports(chunk),
                                publishing.results(chunk))), tx)
                .allowStartIfComplete(true)
                .build();
    }
}
