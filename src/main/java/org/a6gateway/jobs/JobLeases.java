package org.a6gateway.jobs;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One instance at a time per job: a job runs only where its lease is held. This instance holds a
 * job's lease while it runs the job here ({@link #beginRun}/{@link #endRun}, counted, since the
 * API may start a run while the poller's is going) or while it is the job's poller ({@link #pin}),
 * and renews every held lease from a thread of its own, so a long step never lets it lapse.
 */
@Component
public class JobLeases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);
    private static final String INSTANCE = "instance:";

    private final InstanceLeaseTable table;
    private final LeaseProperties properties;
    private final String instanceId = host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Integer> runs = new HashMap<>();
    private final Set<String> pinned = new HashSet<>();
    private ScheduledExecutorService renewer;

    JobLeases(InstanceLeaseTable table, LeaseProperties properties) {
        this.table = table;
        this.properties = properties;
    }

    /**
     * Says this instance is alive and may take work ({@link #liveInstances()}): a lease of its own,
     * renewed as long as the instance lives.
     */
    public void announce() {
        pin(INSTANCE + instanceId);
    }

    /** Instances that announced themselves and are alive, and this one, announced or not. */
    public synchronized int liveInstances() {
        return table.countLive(leaseName(INSTANCE)) + (pinned.contains(INSTANCE + instanceId) ? 0 : 1);
    }

    /** Whether the instance with this id is alive (renews its announcement). */
    public boolean isLive(String instance) {
        return instance.equals(instanceId) || table.isLive(leaseName(INSTANCE + instance));
    }

    /** host/pid/nonce: which machine and process, and unique even when a pid is reused. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Takes the job's lease (or counts one more run under it) before this instance runs the job.
     * Returns how many runs of the job this instance had going before: 0 means that any execution
     * the job repository shows running belongs to a process that died holding the lease.
     *
     * @throws LeaseHeldElsewhere when another live instance holds it
     */
    public synchronized int beginRun(String job) {
        if (!holds(job) && !acquire(job)) {
            throw new LeaseHeldElsewhere(job, table.find(leaseName(job)).map(l -> l.holder() + " until " + l.expiresAt())
                    .orElse("another instance"));
        }
        return runs.merge(job, 1, Integer::sum) - 1;
    }

    public synchronized void endRun(String job) {
        int left = runs.merge(job, -1, Integer::sum);
        if (left <= 0) {
            runs.remove(job);
            releaseIfUnused(job);
        }
    }

    /** For the job's poller: takes the lease, or keeps it while held; false when another instance holds it. */
    public synchronized boolean pin(String job) {
        if (pinned.contains(job)) {
            return true;
        }
        if (holds(job) || acquire(job)) {
            pinned.add(job);
            return true;
        }
        return false;
    }

    public synchronized void unpin(String job) {
        pinned.remove(job);
        releaseIfUnused(job);
    }

    @Override
    public synchronized void destroy() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        // A clean shutdown frees its leases at once; a killed instance's expire.
        for (String job : held()) {
            table.release(leaseName(job), instanceId);
        }
        runs.clear();
        pinned.clear();
    }

    private boolean holds(String job) {
        return pinned.contains(job) || runs.containsKey(job);
    }

    private Set<String> held() {
        var jobs = new HashSet<>(pinned);
        jobs.addAll(runs.keySet());
        return jobs;
    }

    private boolean acquire(String job) {
        String name = leaseName(job);
        boolean acquired = table.acquire(name, instanceId, properties.duration())
                || properties.takeOverDeadLocalHolders() && table.find(name).map(lease -> lease.holder())
                        .filter(this::isDeadLocalProcess)
                        .map(dead -> table.takeOver(name, dead, instanceId, properties.duration())).orElse(false);
        if (acquired) {
            startRenewing();
        }
        return acquired;
    }

    private void releaseIfUnused(String job) {
        if (!holds(job)) {
            table.release(leaseName(job), instanceId);
        }
    }

    private synchronized void renew() {
        for (String job : held()) {
            try {
                if (!table.acquire(leaseName(job), instanceId, properties.duration())) {
                    // Only after this instance failed to renew for a whole lease: another took over.
                    log.error("lost the lease of job {} to {}; this instance stops polling it", job, table.find(leaseName(job)));
                    pinned.remove(job);
                }
            } catch (RuntimeException e) {
                log.warn("could not renew the lease of job {}: {}", job, e.getMessage());
            }
        }
    }

    private void startRenewing() {
        if (renewer == null) {
            renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "lease-renewer");
                thread.setDaemon(true);
                return thread;
            });
            long every = properties.renewEvery().toMillis();
            renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** A holder on this host whose process is gone (killed, crashed) will never renew: no need to wait for its expiry. */
    private boolean isDeadLocalProcess(String holder) {
        String[] parts = holder.split("/");
        if (parts.length != 3 || !parts[0].equals(host()) || holder.equals(instanceId)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String leaseName(String job) {
        return "job:" + job;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
