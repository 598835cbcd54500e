package org.a6gateway.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.a6gateway.jobs.JobLeases;
import org.a6gateway.jobs.LeaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sync on a schedule, for {@code serve}: every {@code a6.sync.poll-interval} (off when unset).
 * Every gateway instance runs a poller, and only the one that holds the sync lease syncs; the
 * others try for the lease at each lease renewal, so when the holder dies one of them takes over
 * within the lease's duration plus one renewal, and resumes the run the dead one left behind.
 */
@Component
public class SyncPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyncPoller.class);

    private final SyncRuns runs;
    private final JobLeases leases;
    private final LeaseProperties lease;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private Instant lastStart;

    SyncPoller(SyncRuns runs, JobLeases leases, LeaseProperties lease,
               @Value("${a6.sync.poll-interval:#{null}}") Duration interval) {
        this.runs = runs;
        this.leases = leases;
        this.lease = lease;
        this.interval = interval;
    }

    /** The interval, when polling is configured. */
    public java.util.Optional<Duration> interval() {
        return java.util.Optional.ofNullable(interval).filter(i -> !i.isZero() && !i.isNegative());
    }

    /** Starts polling if an interval is configured; returns whether it did. */
    public synchronized boolean start() {
        if (interval().isEmpty() || scheduler != null) {
            return scheduler != null;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sync-poller"));
        // Ticks as often as the lease is renewed: a standby instance notices a free lease that soon.
        long every = Math.min(lease.renewEvery().toMillis(), interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
        return true;
    }

    private void tick() {
        try {
            if (!leases.pin(SyncJobConfiguration.JOB_NAME)) {
                return;
            }
            if (lastStart != null && Duration.between(lastStart, Instant.now()).compareTo(interval) < 0) {
                return;
            }
            if (lastStart == null) {
                log.info("instance {} polls the sync every {}", leases.instanceId(), interval);
            }
            lastStart = Instant.now();
            var run = runs.runNow();
            log.info("polled sync run {} {}", run.id(), run.status());
        } catch (SyncAlreadyRunning e) {
            log.info("sync poll skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            // The next poll tries again; a failed run is in the job repository with its reason.
            log.warn("sync poll failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            leases.unpin(SyncJobConfiguration.JOB_NAME);
        }
    }
}
