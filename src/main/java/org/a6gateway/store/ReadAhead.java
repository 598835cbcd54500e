package org.a6gateway.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Reads done in turn, each started on a thread of its own when the one before it is taken: a job
 * deciding batch after batch has the next batch's rows read (by the database on one core, bound
 * into records on another) while it decides the batch before. The reads use connections of their
 * own, outside the job's transaction: they must read only what the job does not write. A failed
 * read is thrown where it is taken, as the read itself would have thrown.
 */
public final class ReadAhead<T> implements AutoCloseable {

    private final List<Supplier<T>> reads;
    private final ExecutorService reader;
    private final Map<String, String> log = MDC.getCopyOfContextMap();
    private int taken;
    private CompletableFuture<T> next;

    public ReadAhead(String name, List<Supplier<T>> reads) {
        this.reads = List.copyOf(reads);
        this.reader = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, name + "-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        startNext();
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

    /** The next read's result, waiting for it if it is not done; starts the read after it. */
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + reads.size() + " reads taken");
        }
        var current = next;
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
        if (!hasNext()) {
            next = null;
            return;
        }
        var read = reads.get(taken);
        next = CompletableFuture.supplyAsync(() -> {
            if (log != null) {
                MDC.setContextMap(log);
            }
            try {
                return read.get();
            } finally {
                MDC.clear();
            }
        }, reader);
    }

    /**
     * Ends the reader's thread once a read under way is done: interrupted, the read's connection
     * would go back to the pool in a state no one could vouch for.
     */
    @Override
    public void close() {
        reader.shutdown();
    }
}
