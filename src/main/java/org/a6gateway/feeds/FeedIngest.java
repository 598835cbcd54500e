package org.a6gateway.feeds;

import org.apache.camel.FluentProducerTemplate;

/** Runs one registry's ingest route and probes the registry's health. */
public final class FeedIngest {

    private final FluentProducerTemplate producer;
    private final String routeUri;
    private final String registry;
    private final String healthUrl;
    private final Runnable healthCall;

    public FeedIngest(FluentProducerTemplate producer, String routeUri, String registry, String healthUrl,
                         Runnable healthCall) {
        this.producer = producer;
        this.routeUri = routeUri;
        this.registry = registry;
        this.healthUrl = healthUrl;
        this.healthCall = healthCall;
    }

    /**
     * Reads the feed from the stored cursor to its end and says how far it came. A page that
     * could not be read even after its retries stops the ingest with a report of which page,
     * from which cursor, after how many attempts; the pages before it stay stored.
     */
    public IngestProgress run() {
        var exchange = producer.to(routeUri).send();
        var failure = exchange.getException();
        if (failure == null) {
            return exchange.getMessage().getBody(IngestProgress.class);
        }
        var upstream = exchange.getException(UpstreamFailure.class);
        if (upstream == null) {
            throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
        }
        throw new UpstreamFailure(upstream, where(exchange.getProperty(ChangeFeedRoute.PROGRESS, IngestProgress.class),
                ChangeFeedRoute.retriesOfFailedPage(exchange) + 1));
    }

    private static String where(IngestProgress progress, int attempts) {
        String page = progress == null ? "the first page"
                : "page " + (progress.pages() + 1) + " (" + (progress.cursor() == null ? "from the start of the feed"
                        : "cursor " + progress.cursor()) + ")";
        return "ingest stopped at " + page + " after " + attempts + (attempts == 1 ? " attempt" : " attempts");
    }

    public Reachability probe() {
        return Reachability.probe(registry, healthUrl, healthCall);
    }

    public String registry() {
        return registry;
    }
}
