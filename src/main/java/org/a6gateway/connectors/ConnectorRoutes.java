package org.a6gateway.connectors;

import org.a6gateway.feeds.ChangeFeedRoute;
import org.a6gateway.feeds.FeedIngest;
import org.a6gateway.feeds.IngestRetryProperties;
import org.a6gateway.feeds.RetryLog;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.outbox.OutboxPush;
import org.a6gateway.outbox.PushProperties;
import org.a6gateway.outbox.PushRoute;
import org.a6gateway.registries.Registry;
import org.apache.camel.CamelContext;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * What every protocol does alike once it has a registry's feed and pusher: their Camel routes of
 * the registry's own ({@code ingest.<id>}, {@code push.<id>}) and the connector running them.
 */
@Component
public class ConnectorRoutes {

    private final CamelContext camel;
    private final FluentProducerTemplate producer;
    private final IngestRetryProperties retry;
    private final PushProperties push;
    private final RetryLog retryLog;

    ConnectorRoutes(CamelContext camel, FluentProducerTemplate producer, IngestRetryProperties retry, PushProperties push,
                    RetryLog retryLog) {
        this.camel = camel;
        this.producer = producer;
        this.retry = retry;
        this.push = push;
        this.retryLog = retryLog;
    }

    /** {@code feed}: an object with {@code start}, {@code fetch} and {@code store} ({@link ChangeFeedRoute}). */
    public RegistryConnector connect(Registry registry, Object feed, CommandPusher pusher, Runnable healthCall) {
        return connect(registry, feed, pusher, healthCall, false);
    }

    RegistryConnector connect(Registry registry, Object feed, CommandPusher pusher, Runnable healthCall, boolean readOnly) {
        String ingestUri = "direct:ingest." + registry.id();
        String pushUri = "direct:push." + registry.id();
        try {
            camel.addRoutes(new ChangeFeedRoute(ingestUri, "ingest." + registry.id(), feed, retry, retryLog));
            camel.addRoutes(new PushRoute(pushUri, "push." + registry.id(), pusher, push, retryLog));
        } catch (Exception e) {
            throw new IllegalStateException("cannot route registry " + registry.id(), e);
        }
        return new RegistryConnector(registry, new FeedIngest(producer, ingestUri, registry.id(), registry.url() + "/health",
                healthCall), new OutboxPush(producer, pushUri), readOnly);
    }
}
