package org.a6gateway.sync;

import java.util.Map;
import org.a6gateway.national.NationalIngest;
import org.a6gateway.national.NationalPush;
import org.a6gateway.vcm.VcmIngest;
import org.a6gateway.vcm.VcmPush;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.stereotype.Component;

/**
 * A delivery step: push both registries' outboxes (national first: a private reference follows
 * the national pair), then read both feeds back so the next decisions see what the registries
 * now hold. Not one transaction: each delivered command commits with its ledger event on its
 * own, so a crash half-way loses no acknowledgement and a restart sends only what is left.
 */
@Component
class Delivery {

    private final NationalPush nationalPush;
    private final VcmPush vcmPush;
    private final VcmIngest vcmIngest;
    private final NationalIngest nationalIngest;
    private final SyncRunContext context;
    private final SyncMetrics metrics;
    private final RegistryOutages outages;

    Delivery(NationalPush nationalPush, VcmPush vcmPush, VcmIngest vcmIngest, NationalIngest nationalIngest,
             SyncRunContext context, SyncMetrics metrics, RegistryOutages outages) {
        this.outages = outages;
        this.nationalPush = nationalPush;
        this.vcmPush = vcmPush;
        this.vcmIngest = vcmIngest;
        this.nationalIngest = nationalIngest;
        this.context = context;
        this.metrics = metrics;
    }

    Step step(String name, JobRepository repository) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, chunk) -> context.withRetriesCounted(chunk, () -> deliver(chunk)),
                        new ResourcelessTransactionManager())
                .build();
    }

    /** A registry set aside ({@link RegistryOutages}) is neither pushed to nor read back; the other is. */
    private RepeatStatus deliver(ChunkContext chunk) {
        var national = outages.push(chunk, nationalIngest.registry(), nationalPush);
        var vcm = outages.push(chunk, vcmIngest.registry(), vcmPush);
        metrics.pushed(nationalIngest.registry(), national);
        metrics.pushed(vcmIngest.registry(), vcm);
        context.recordPush(chunk, Map.of(nationalIngest.registry(), national, vcmIngest.registry(), vcm));
        outages.read(chunk, vcmIngest).ifPresent(progress -> context.recordRefresh(chunk, progress));
        outages.read(chunk, nationalIngest).ifPresent(progress -> context.recordRefresh(chunk, progress));
        return RepeatStatus.FINISHED;
    }
}
