package org.a6gateway.sync;

import org.a6gateway.jobs.JobLeases;
import org.a6gateway.jobs.LeaseHeldElsewhere;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/**
 * Runs one offered partition on this instance, under its registry's lease ({@code sync:<id>}):
 * the step execution as the job repository holds it (its taker may have died half-way), then the
 * offer marked done. A registry another instance holds the lease of is given back, not run.
 */
@Component
class PartitionRun {

    private static final Logger log = LoggerFactory.getLogger(PartitionRun.class);

    private final PartitionOffers offers;
    private final JobLeases leases;
    private final JobExplorer explorer;

    PartitionRun(PartitionOffers offers, JobLeases leases, JobExplorer explorer) {
        this.offers = offers;
        this.leases = leases;
        this.explorer = explorer;
    }

    static String lease(String registry) {
        return SyncJobConfiguration.JOB_NAME + ":" + registry;
    }

    /** Runs the partition; false when its registry's lease is held elsewhere (the offer is open again). */
    boolean run(PartitionOffers.Offer offer, Step step) {
        try {
            leases.beginRun(lease(offer.registry()));
        } catch (LeaseHeldElsewhere elsewhere) {
            offers.giveBack(offer.stepExecutionId(), leases.instanceId());
            return false;
        }
        try {
            StepExecution partition = explorer.getStepExecution(offer.jobExecutionId(), offer.stepExecutionId());
            if (partition.getStatus() == BatchStatus.COMPLETED) {
                return true;
            }
            log.info("instance {} runs {} of sync execution {}", leases.instanceId(), offer.stepName(), offer.jobExecutionId());
            step.execute(partition);
            return true;
        } catch (JobInterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } finally {
            offers.done(offer.stepExecutionId());
            leases.endRun(lease(offer.registry()));
        }
    }
}
