package org.a6gateway.goldstandard;

import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.RetirementWordsProperties;
import org.a6gateway.connectors.ConnectorRoutes;
import org.a6gateway.connectors.OperatorRequests;
import org.a6gateway.connectors.RegistryClients;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.connectors.RegistryProtocol;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Gold Standard's public registry API ({@code protocol: gs-public-api}, the URL its base, e.g.
 * {@code https://public-api.goldstandard.org}): a private registry the gateway reads, on a Camel
 * route of its own, and never writes; its health is its first page of one credit.
 */
@Component
class GoldStandardProtocol implements RegistryProtocol {

    static final String NAME = "gs-public-api";

    private final ConnectorRoutes routes;
    private final ObjectProvider<RestClient.Builder> clients;
    private final UpstreamJson json;
    private final BlockStore blocks;
    private final Quarantine quarantine;
    private final RetirementWordsProperties words;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Breakers breakers;

    GoldStandardProtocol(ConnectorRoutes routes, ObjectProvider<RestClient.Builder> clients, UpstreamJson json,
                         BlockStore blocks, Quarantine quarantine, RetirementWordsProperties words,
                         PlatformTransactionManager tx, ApplicationEventPublisher events, Outbox outbox, Breakers breakers) {
        this.routes = routes;
        this.clients = clients;
        this.json = json;
        this.blocks = blocks;
        this.quarantine = quarantine;
        this.words = words;
        this.transactions = new TransactionTemplate(tx);
        this.events = events;
        this.outbox = outbox;
        this.breakers = breakers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegistryRole role() {
        return RegistryRole.PRIVATE;
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = RegistryClients.client(registry, clients.getObject(), json);
        var feed = new CreditsFeed(client, registry, blocks, quarantine, words.words(), transactions, events);
        String probe = registry.url() + "/credits?page=1&size=1";
        return routes.connect(registry, feed, new OperatorRequests(registry.id(), outbox, breakers),
                () -> UpstreamCall.call(registry.id(), probe, () -> client.get().uri(probe).retrieve().toBodilessEntity()));
    }
}
