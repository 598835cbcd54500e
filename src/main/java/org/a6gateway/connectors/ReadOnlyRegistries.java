package org.a6gateway.connectors;

import java.util.function.Supplier;
import org.a6gateway.blocks.ListedBlocks;
import org.a6gateway.blocks.RetirementWordsProperties;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.registries.Registry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * What the connectors of registries the gateway reads but cannot write share: their HTTP client,
 * where their list feed stores, and a connector whose push leaves every command to the operator.
 */
@Component
public class ReadOnlyRegistries {

    private final ConnectorRoutes routes;
    private final ObjectProvider<RestClient.Builder> clients;
    private final UpstreamJson json;
    private final Outbox outbox;
    private final Breakers breakers;
    private final WholeListFeed.Stores stores;
    private final SeenDone seenDone;

    ReadOnlyRegistries(ConnectorRoutes routes, ObjectProvider<RestClient.Builder> clients, UpstreamJson json,
                       Outbox outbox, Breakers breakers, ListedBlocks blocks, Quarantine quarantine,
                       PlatformTransactionManager tx, ApplicationEventPublisher events, RetirementWordsProperties words,
                       SeenDone seenDone) {
        this.routes = routes;
        this.clients = clients;
        this.json = json;
        this.outbox = outbox;
        this.breakers = breakers;
        this.seenDone = seenDone;
        this.stores = new WholeListFeed.Stores(blocks, quarantine, new TransactionTemplate(tx), events, words.words());
    }

    public RestClient client(Registry registry) {
        return RegistryClients.client(registry, clients.getObject(), json);
    }

    public WholeListFeed.Stores stores() {
        return stores;
    }

    /** {@code probe}: a small read of {@code probeUrl} that answers when the registry is up. */
    public RegistryConnector connect(Registry registry, WholeListFeed feed, String probeUrl, Supplier<?> probe) {
        return routes.connect(registry, feed, new ReadOnlyPush(registry.id(), outbox, breakers, seenDone),
                () -> UpstreamCall.call(registry.id(), probeUrl, probe), true);
    }
}
