package org.a6gateway.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Reads taken in turn, made ahead on threads of their own: a job deciding batch after batch has
 * the next batches' rows read (by the database, and bound into records) while it decides the
 * batch before. As many reads run at once as there are readers, one per core up to
 * {@value #MOST_READERS} (each holds a pooled connection while it reads), so a machine with more
 * cores reads more batches at once. The reads use connections of their own, outside the job's
 * transaction: they must read only what the job does not write. Results come back in the reads'
 * order; a failed read is thrown where it is taken, as the read itself would have thrown.
 */
public final class ReadAhead<T> implements AutoCloseable {

    /** Readers at most: the connection pool keeps the rest of its connections for everyone else. */
    static final int MOST_READERS = 4;

    private final List<Supplier<T>> reads;
    private final ExecutorService readers;
    private final Deque<CompletableFuture<T>> underway = new ArrayDeque<>();
    private final Map<String, String> log = MDC.getCopyOfContextMap();
    private int taken;
    private int started;

    /** Reads ahead with one reader per core, up to {@value #MOST_READERS}. */
    public ReadAhead(String name, List<Supplier<T>> reads) {
        this(name, Math.min(MOST_READERS, Runtime.getRuntime().availableProcessors()), reads);
    }

    ReadAhead(String name, int readers, List<Supplier<T>> reads) {
        this.reads = List.copyOf(reads);
        var count = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(readers, task -> {
            var thread = new Thread(task, name + "-read-ahead-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < readers; i++) {
            startNext();
        }
    }

    /** The items in batches of {@code size}, in their order: what a job decides between two reads. */
    public static <T> List<List<T>> batches(List<T> items, int size) {
        var batches = new ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    public boolean hasNext() {
        return taken < reads.size();
    }

    /** The next read's result, waiting for it if it is not done; starts the read after the last one started. */
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + reads.size() + " reads taken");
        }
        var current = underway.poll();
        taken++;
        startNext();
        try {
            return current.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void startNext() {
        if (started == reads.size()) {
            return;
        }
        var read = reads.get(started++);
        underway.add(CompletableFuture.supplyAsync(() -> {
            if (log != null) {
                MDC.setContextMap(log);
            }
            try {
                return read.get();
            } finally {
                MDC.clear();
            }
        }, readers));
    }

    /**
     * Ends the readers' threads once the reads under way are done: interrupted, a read's
     * connection would go back to the pool in a state no one could vouch for.
     */
    @Override
    public void close() {
        readers.shutdown();
    }
}
