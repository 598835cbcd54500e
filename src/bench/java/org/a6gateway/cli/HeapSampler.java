package org.a6gateway.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the heap in use every few milliseconds on a daemon thread, so that the peak of any span
 * of time (a stage, or a step inside a job) can be read afterwards. "In use" is what the JVM
 * reports, garbage not yet collected included: the occupancy -Xmx has to hold.
 */
final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MS = 10;

    private record Sample(long nanos, long used) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record() {
        long used = memory.getHeapMemoryUsage().getUsed();
        synchronized (samples) {
            samples.add(new Sample(System.nanoTime(), used));
        }
    }

    /** The highest heap in use sampled between the two instants of {@link System#nanoTime()}. */
    long peak(long fromNanos, long toNanos) {
        record();
        long peak = 0;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.nanos() >= fromNanos && s.nanos() <= toNanos) {
                    peak = Math.max(peak, s.used());
                }
            }
        }
        return peak;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
