package org.a6gateway.ledger;

import org.apache.camel.FluentProducerTemplate;

/** Runs one registry's ingest route and probes the registry's health. */
public abstract class FeedIngest {

    private final FluentProducerTemplate producer;
    private final String routeUri;
    private final String registry;
    private final String healthUrl;
    private final Runnable healthCall;

    protected FeedIngest(FluentProducerTemplate producer, String routeUri, String registry, String healthUrl,
                         Runnable healthCall) {
        this.producer = producer;
        this.routeUri = routeUri;
        this.registry = registry;
        this.healthUrl = healthUrl;
        this.healthCall = healthCall;
    }

    /** Reads the feed from the stored cursor to its end and says how far it came. */
    public IngestProgress run() {
        return CamelCalls.unwrapped(() -> producer.to(routeUri).request(IngestProgress.class));
    }

    public Reachability probe() {
        return Reachability.probe(registry, healthUrl, healthCall);
    }
}
