package org.a6gateway.national;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.connectors.ConnectorRoutes;
import org.a6gateway.connectors.RegistryClients;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.connectors.RegistryProtocol;
import org.a6gateway.feeds.IngestCursors;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.national.client.ApiClient;
import org.a6gateway.national.client.api.ChangesApi;
import org.a6gateway.national.client.api.HealthApi;
import org.a6gateway.national.client.api.ItmoPairsApi;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.nationalrecords.PairConfirmations;
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
 * The national registry contract the gateway defined (itmo-registry.yaml): the generated client,
 * the change feed into the authorization and ITMO stores and the push of ITMO pair registrations
 * and withdrawals, on Camel routes of the registry's own ({@code ingest.<id>}, {@code push.<id>}).
 */
@Component
class NationalProtocol implements RegistryProtocol {

    private final ConnectorRoutes routes;
    private final ObjectProvider<RestClient.Builder> clients;
    private final Feeds feeds;
    private final Pushes pushes;

    NationalProtocol(ConnectorRoutes routes, ObjectProvider<RestClient.Builder> clients,
                     Feeds feeds, Pushes pushes) {
        this.routes = routes;
        this.clients = clients;
        this.feeds = feeds;
        this.pushes = pushes;
    }

    @Override
    public String name() {
        return Registry.A6_V2;
    }

    @Override
    public RegistryRole role() {
        return RegistryRole.NATIONAL;
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = new ApiClient(RegistryClients.client(registry, clients.getObject(), feeds.json)).setBasePath(registry.url());
        var feed = new NationalChangeFeed(new ChangesApi(client), registry, feeds);
        var pusher = new NationalPusher(registry.id(), new ItmoPairsApi(client), pushes.outbox, pushes.json, pushes.breakers);
        return routes.connect(registry, feed, pusher, new HealthApi(client)::nationalHealth);
    }

    /** Where the national registry's change feed stores what it reads. */
    @Component
    static class Feeds {
        final AuthorizationStore authorizations;
        final IngestCursors cursors;
        final ApplicationEventPublisher events;
        final NationalRecords national;
        final PairConfirmations pairs;
        final ItmoWithdrawals withdrawals;
        final UpstreamJson json;
        final Quarantine quarantine;
        final TransactionTemplate transactions;

        Feeds(AuthorizationStore authorizations, IngestCursors cursors, ApplicationEventPublisher events,
              NationalRecords national, PairConfirmations pairs, ItmoWithdrawals withdrawals, UpstreamJson json,
              Quarantine quarantine, PlatformTransactionManager tx) {
            this.authorizations = authorizations;
            this.cursors = cursors;
            this.events = events;
            this.national = national;
            this.pairs = pairs;
            this.withdrawals = withdrawals;
            this.json = json;
            this.quarantine = quarantine;
            this.transactions = new TransactionTemplate(tx);
        }
    }

    /** What the national registry's push needs. */
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
    }
}
