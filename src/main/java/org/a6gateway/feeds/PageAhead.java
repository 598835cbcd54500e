package org.a6gateway.feeds;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The next page of a change feed, fetched, parsed and read into records on a thread of its own
 * while the page before it is stored: the two use different cores, so the ingest waits for the
 * registry, the JSON parser and the record checks only when they are slower than the store. The page is the one the feed would
 * have fetched next, from the cursor the page being stored names; a page fetched for any other
 * cursor is not used. A failure to fetch it is thrown where fetching it would have thrown, so
 * retries and reports are those of a fetch made then.
 */
public final class PageAhead<P> {

    private final ExecutorService fetcher;
    private String cursor;
    private CompletableFuture<P> page;

    public PageAhead(String registry) {
        this.fetcher = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, registry + "-page-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts fetching the page at {@code cursor}, forgetting any page fetched ahead before. */
    public synchronized void fetch(String cursor, Supplier<P> fetch) {
        forget();
        Map<String, String> log = MDC.getCopyOfContextMap();
        this.cursor = cursor;
        this.page = CompletableFuture.supplyAsync(() -> {
            if (log != null) {
                MDC.setContextMap(log);
            }
            try {
                return fetch.get();
            } finally {
                MDC.clear();
            }
        }, fetcher);
    }

    /** The page at {@code cursor}: the one fetched ahead when it is that one, else fetched now. */
    public synchronized P take(String cursor, Supplier<P> fetch) {
        if (page == null || !Objects.equals(this.cursor, cursor)) {
            forget();
            return fetch.get();
        }
        var ahead = page;
        page = null;
        try {
            return ahead.join();
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

    /** Drops the page fetched ahead, if any: a new ingest starts from the stored cursor. */
    public synchronized void forget() {
        if (page != null) {
            page.cancel(false);
        }
        page = null;
        cursor = null;
    }
}
