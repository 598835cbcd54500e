package org.a6gateway.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;

/**
 * Runs a partitioned step's partitions wherever a gateway instance is alive, over the database
 * they share: the partitions are offered ({@link PartitionOffers}); this instance takes its share
 * (the partitions divided by the instances alive) and runs them, and leaves the rest for a while
 * ({@code a6.sync.partition-patience}) to the other instances' {@link PartitionWorker}s before
 * taking what is left. What a dead instance took is offered again. Done when the job repository
 * shows every partition ended; alone (the CLI) it runs them all here, side by side.
 */
class OfferedPartitions implements PartitionHandler {

    private final Step step;
    private final PartitionOffers offers;
    private final PartitionRun run;
    private final JobLeases leases;
    private final JobExplorer explorer;
    private final Duration patience;
    private final Duration poll;
    private final ExecutorService here;
    /** Job executions whose partitions this instance is handing out: its worker leaves them to it. */
    private final Set<Long> managed = ConcurrentHashMap.newKeySet();

    OfferedPartitions(Step step, int threads, Duration patience, Duration poll, PartitionOffers offers, PartitionRun run,
                      JobLeases leases, JobExplorer explorer) {
        this.step = step;
        this.offers = offers;
        this.run = run;
        this.leases = leases;
        this.explorer = explorer;
        this.patience = patience;
        this.poll = poll;
        this.here = Executors.newFixedThreadPool(threads, r -> {
            var thread = new Thread(r, "partition-" + step.getName());
            thread.setDaemon(true);
            return thread;
        });
    }

    Set<Long> managed() {
        return managed;
    }

    Step step() {
        return step;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        var partitions = splitter.split(manager, 1);
        long job = manager.getJobExecutionId();
        managed.add(job);
        try {
            offers.offer(partitions);
            awaitAll(job, partitions);
            var ended = new ArrayList<StepExecution>();
            partitions.forEach(p -> ended.add(explorer.getStepExecution(job, p.getId())));
            return ended;
        } finally {
            managed.remove(job);
        }
    }

    private void awaitAll(long job, Collection<StepExecution> partitions) throws InterruptedException {
        int share = (partitions.size() + leases.liveInstances() - 1) / leases.liveInstances();
        long patientUntil = System.nanoTime() + (share < partitions.size() ? patience.toNanos() : 0);
        Map<Long, Future<Boolean>> running = new HashMap<>();
        while (!ended(job, partitions, running)) {
            if (running.values().removeIf(f -> f.isDone() && Boolean.FALSE.equals(result(f)))) {
                Thread.sleep(poll.toMillis()); // given back: its registry is busy elsewhere for now
            }
            boolean patient = System.nanoTime() < patientUntil;
            var taken = patient && running.size() >= share ? Optional.<PartitionOffers.Offer>empty()
                    : offers.take(leases.instanceId(), job, List.of());
            if (taken.isPresent()) {
                var offer = taken.get();
                running.put(offer.stepExecutionId(), here.submit(() -> run.run(offer, step)));
                continue;
            }
            offers.takers(job).stream().filter(taker -> !leases.isLive(taker)).forEach(dead -> offers.reofferTakenBy(dead, job));
            Thread.sleep(poll.toMillis());
        }
    }

    private boolean ended(long job, Collection<StepExecution> partitions, Map<Long, Future<Boolean>> running) {
        for (StepExecution p : partitions) {
            var local = running.get(p.getId());
            if (local != null ? !local.isDone() : explorer.getStepExecution(job, p.getId()).getStatus().isRunning()) {
                return false;
            }
        }
        return true;
    }

    private static Boolean result(Future<Boolean> done) {
        try {
            return done.get();
        } catch (Exception e) {
            return Boolean.TRUE;
        }
    }
}
