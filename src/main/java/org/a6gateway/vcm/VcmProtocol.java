package org.a6gateway.vcm;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.RetirementWordsProperties;
import org.a6gateway.connectors.ConnectorRoutes;
import org.a6gateway.connectors.RegistryClients;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.connectors.RegistryProtocol;
import org.a6gateway.feeds.IngestCursors;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryRole;
import org.a6gateway.vcm.client.ApiClient;
import org.a6gateway.vcm.client.api.BlocksApi;
import org.a6gateway.vcm.client.api.HealthApi;
import org.a6gateway.vcm.client.api.ItmoReferencesApi;
import org.a6gateway.vcm.client.api.LabelsApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The private registry contract the gateway defined (vcm-registry.yaml): for each registry
 * configured with it, the generated client, the change feed into the block store and the push of
 * labels and ITMO references, each on Camel routes of the registry's own ({@code ingest.<id>},
 * {@code push.<id>}).
 */
@Component
class VcmProtocol implements RegistryProtocol {

    private final ConnectorRoutes routes;
    private final ObjectProvider<RestClient.Builder> clients;
    private final UpstreamJson json;
    private final Feeds feeds;
    private final Pushes pushes;

    VcmProtocol(ConnectorRoutes routes, ObjectProvider<RestClient.Builder> clients,
                UpstreamJson json, Feeds feeds, Pushes pushes) {
        this.routes = routes;
        this.clients = clients;
        this.json = json;
        this.feeds = feeds;
        this.pushes = pushes;
    }

    @Override
    public String name() {
        return Registry.A6_V2;
    }

    @Override
    public RegistryRole role() {
        return RegistryRole.PRIVATE;
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = new ApiClient(RegistryClients.client(registry, clients.getObject(), json)).setBasePath(registry.url());
        var feed = feeds.feed(new BlocksApi(client), registry);
        var pusher = pushes.pusher(registry.id(), new LabelsApi(client), new ItmoReferencesApi(client));
        return routes.connect(registry, feed, pusher, new HealthApi(client)::vcmHealth);
    }

    /** What every private registry's change feed shares. */
    @Component
    static class Feeds {
        final BlockStore blocks;
        final IngestCursors cursors;
        final ApplicationEventPublisher events;
        final UpstreamJson json;
        final Quarantine quarantine;
        final RetirementWordsProperties words;
        final TransactionTemplate transactions;

        Feeds(BlockStore blocks, IngestCursors cursors, ApplicationEventPublisher events, UpstreamJson json,
              Quarantine quarantine, RetirementWordsProperties words, PlatformTransactionManager tx) {
            this.blocks = blocks;
            this.cursors = cursors;
            this.events = events;
            this.json = json;
            this.quarantine = quarantine;
            this.words = words;
            this.transactions = new TransactionTemplate(tx);
        }

        VcmChangeFeed feed(BlocksApi api, Registry registry) {
            return new VcmChangeFeed(api, registry, blocks, cursors, events, json, quarantine, words.words(), transactions);
        }
    }

    /** What every private registry's push shares. */
    @Component
    static class Pushes {
        final Outbox outbox;
        final ObjectMapper json;
        final Breakers breakers;

        Pushes(Outbox outbox, ObjectMapper json, Breakers breakers) {
            this.outbox = outbox;
            this.json = json;
            this.breakers = breakers;
        }

        VcmPusher pusher(String registry, LabelsApi labels, ItmoReferencesApi references) {
            return new VcmPusher(registry, labels, references, outbox, json, breakers);
        }
    }
}
