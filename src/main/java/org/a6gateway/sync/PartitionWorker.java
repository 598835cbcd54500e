package org.a6gateway.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.a6gateway.jobs.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For {@code serve}: announces this instance as alive and takes partitions other instances offer
 * ({@link OfferedPartitions}), one at a time, every {@code a6.sync.partition-poll}. So with two
 * instances on one database both read registries during one sync, each under the registry's lease.
 */
@Component
public class PartitionWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final PartitionOffers offers;
    private final PartitionRun run;
    private final JobLeases leases;
    private final OfferedPartitions partitions;
    private final Duration poll;
    private ScheduledExecutorService scheduler;

    PartitionWorker(PartitionOffers offers, PartitionRun run, JobLeases leases, OfferedPartitions partitions,
                    @Value("${a6.sync.partition-poll:1s}") Duration poll) {
        this.offers = offers;
        this.run = run;
        this.leases = leases;
        this.partitions = partitions;
        this.poll = poll;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        leases.announce();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "partition-worker"));
        scheduler.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            offers.take(leases.instanceId(), null, partitions.managed()).ifPresent(offer -> run.run(offer, partitions.step()));
        } catch (RuntimeException e) {
            // The offer stays taken by this live instance only while it runs: a failed run is done,
            // and the manager sees the partition's status in the job repository.
            log.warn("partition poll failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
