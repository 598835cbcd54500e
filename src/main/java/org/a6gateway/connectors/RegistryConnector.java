package org.a6gateway.connectors;

import org.a6gateway.feeds.FeedIngest;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.Reachability;
import org.a6gateway.outbox.OutboxPush;
import org.a6gateway.outbox.PushResult;
import org.a6gateway.registries.Registry;

/**
 * What the gateway does with one registry, whatever its protocol: read its feed into the store,
 * push its outbox commands, probe whether it answers. Each runs the registry's own Camel route,
 * with its cursor, retries and breaker. A read-only registry (a public API) is pushed nothing:
 * its commands stay open, requests for its operator ({@code requests}).
 */
public record RegistryConnector(Registry registry, FeedIngest feed, OutboxPush outbox, boolean readOnly) {

    public String id() {
        return registry.id();
    }

    /** Reads the feed from its cursor to its end; throws UpstreamFailure when a page cannot be read past its retries. */
    public IngestProgress ingest() {
        return feed.run();
    }

    public PushResult push() {
        return outbox.run();
    }

    public Reachability probe() {
        return feed.probe();
    }
}
