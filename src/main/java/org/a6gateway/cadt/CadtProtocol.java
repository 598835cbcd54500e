package org.a6gateway.cadt;

import java.time.Duration;
import org.a6gateway.connectors.RegistryClients;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.publication.PublicationProtocol;
import org.a6gateway.publication.PublicationTarget;
import org.a6gateway.registries.Registry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * CADT's v1 API ({@code protocol: cadt-v1}, role {@code publication}, the URL the node's base,
 * e.g. {@code http://127.0.0.1:31310}; {@code api-key} when the node asks for one). CADT requires
 * a unit type its pick list knows, which private registries' feeds do not state:
 * {@code a6.publication.cadt.unit-type} gives the one to publish.
 */
@Component
class CadtProtocol implements PublicationProtocol {

    static final String NAME = "cadt-v1";

    private final ObjectProvider<RestClient.Builder> clients;
    private final UpstreamJson json;
    private final String unitType;
    private final Duration commitWait;
    private final Duration poll;

    CadtProtocol(ObjectProvider<RestClient.Builder> clients, UpstreamJson json,
                 @Value("${a6.publication.cadt.unit-type:Reduction - technical}") String unitType,
                 @Value("${a6.publication.commit-wait:120s}") Duration commitWait,
                 @Value("${a6.publication.commit-poll:500ms}") Duration poll) {
        this.clients = clients;
        this.json = json;
        this.unitType = unitType;
        this.commitWait = commitWait;
        this.poll = poll;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PublicationTarget connect(Registry registry) {
        var http = RegistryClients.client(registry, clients.getObject().clone().baseUrl(registry.url()), json);
        return new CadtPublisher(registry.id(), new CadtClient(http, json.mapper(), commitWait, poll), json.mapper(), unitType);
    }
}
