package org.a6gateway.feeds;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Pages through a registry's change feed until it has no more: start at the stored cursor, then
 * fetch a page and store it (with the cursor after it) while the registry says there is more.
 * A page that fails in a way that may pass is fetched again from the same cursor, with backoff;
 * pages stored before it stay stored, so a retry neither skips nor repeats a record.
 * The feed object given does the work ({@code start}, {@code fetch}, {@code store}); the route
 * only says in which order.
 */
public final class ChangeFeedRoute extends RouteBuilder {

    /** The exchange property holding how far the feed has come: the page being fetched is the one after it. */
    static final String PROGRESS = "progress";
    /** How many times the page being fetched was retried; set by the redelivery hook. */
    static final String PAGE_RETRIES = "pageRetries";
    private static final String RETRIED_PAGE = "retriedPage";

    /**
     * The registry said it has more after the page just stored. No progress in the body: a page
     * failed, and the loop stops with its exception.
     */
    private static final Predicate MORE_PAGES = exchange -> {
        var progress = exchange.getMessage().getBody(IngestProgress.class);
        return progress != null && progress.hasMore();
    };
    private static final Predicate TRANSIENT = exchange ->
            exchange.getException(UpstreamFailure.class) != null && exchange.getException(UpstreamFailure.class).isTransient();

    private final String uri;
    private final String routeId;
    private final Object feed;
    private final IngestRetryProperties retry;
    private final RetryLog retryLog;

    public ChangeFeedRoute(String uri, String routeId, Object feed, IngestRetryProperties retry, RetryLog retryLog) {
        this.uri = uri;
        this.routeId = routeId;
        this.feed = feed;
        this.retry = retry;
        this.retryLog = retryLog;
    }

    @Override
    public void configure() {
        // Only a failure that may pass is retried; anything else (a 4xx, a page the store refuses)
        // fails the ingest at once, as it would fail every time.
        errorHandler(defaultErrorHandler().maximumRedeliveries(0));
        onException(UpstreamFailure.class).onWhen(TRANSIENT)
                .maximumRedeliveries(retry.maxRetries()).redeliveryDelay(retry.delayMs())
                .useExponentialBackOff().backOffMultiplier(2).maximumRedeliveryDelay(retry.maxDelayMs())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .onRedelivery(this::pageRetried);

        from(uri).routeId(routeId)
                .bean(feed, "start")
                .loopDoWhile(MORE_PAGES)
                    // Each page has retries of its own: the ones an earlier page used are not its.
                    .removeHeaders("CamelRedeliver*")
                    .setProperty(PROGRESS, body())
                    .bean(feed, "fetch")
                    .bean(feed, "store(${exchangeProperty.progress}, ${body})")
                .end();
    }

    /** Counts the retry for the run's summary and for the report should the page never come. */
    private void pageRetried(Exchange exchange) {
        var progress = exchange.getProperty(PROGRESS, IngestProgress.class);
        int page = progress.pages() + 1;
        Integer retriedPage = exchange.getProperty(RETRIED_PAGE, Integer.class);
        int retries = retriedPage != null && retriedPage == page ? exchange.getProperty(PAGE_RETRIES, 0, Integer.class) : 0;
        exchange.setProperty(RETRIED_PAGE, page);
        exchange.setProperty(PAGE_RETRIES, retries + 1);
        retryLog.retried(progress.registry(), RetryLog.INGEST, "page " + page + " " + progress.cursor());
    }

    /** Retries of the page that failed last, zero when it failed at its first attempt. */
    static int retriesOfFailedPage(Exchange exchange) {
        var progress = exchange.getProperty(PROGRESS, IngestProgress.class);
        Integer retriedPage = exchange.getProperty(RETRIED_PAGE, Integer.class);
        return progress != null && retriedPage != null && retriedPage == progress.pages() + 1
                ? exchange.getProperty(PAGE_RETRIES, 0, Integer.class) : 0;
    }
}
